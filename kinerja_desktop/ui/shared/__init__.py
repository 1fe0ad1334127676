"""Widgets used by several features (chart base, empty state, period selector, tamper banner)."""
