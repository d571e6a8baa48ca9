"""The appraiser's and the province's workspace: its own window (:class:`~.hub_window.HubWindow`)
with pages for the communes, importing packages, the quarantine, reviewing a commune, the roll-up,
the keys and the province's criteria catalog. Every action goes through ``ntm_desktop.services``
(the same functions as the ``ntm`` CLI)."""
