"""Backups and restore in the window (Berkas > Pulihkan…)."""
