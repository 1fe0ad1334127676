"""Presentation mode for the aula: a snapshot deck, full screen, and its PDF export."""
