"""Qt dialogs of the program."""
