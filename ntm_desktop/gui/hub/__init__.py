"""The appraiser's workspace: its own window (:class:`~.hub_window.HubWindow`) with pages for
the communes, importing packages, the quarantine, reviewing a commune, the roll-up and the keys.
Every action goes through ``ntm_desktop.services`` (the same functions as the ``ntm`` CLI)."""
