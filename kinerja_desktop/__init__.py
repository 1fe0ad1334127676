"""Kinerja Desktop: quarterly performance of the regional plan (RPJMD)."""

__version__ = "0.1.0"
