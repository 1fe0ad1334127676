"""The OPD completeness grid page."""
