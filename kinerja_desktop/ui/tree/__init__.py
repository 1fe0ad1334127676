"""The plan tree page: tree view, its model and data, the detail panel."""
