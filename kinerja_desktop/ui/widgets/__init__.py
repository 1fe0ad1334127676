"""Qt widgets of the program."""
