"""SQLite storage through sqlite-utils; no Qt."""
