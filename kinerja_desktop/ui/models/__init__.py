"""Qt models of the program."""
