"""Forms compiled from ``ui/`` (``python -m ntm_desktop.devtools.forms``)."""
