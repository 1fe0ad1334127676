"""The monitoring dashboard page."""
