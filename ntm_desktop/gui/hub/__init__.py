"""Pages of the appraiser's and the province's workspace (the hub window)."""
