"""Live pyqtgraph charts: each one follows a LiveSource and updates its plot items in place."""
