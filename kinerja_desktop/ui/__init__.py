"""Qt widgets only: everything a person sees. Reads data through services and item models."""
