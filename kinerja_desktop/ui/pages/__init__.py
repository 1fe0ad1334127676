"""Pages of the program that are not forms (completeness grid ...)."""
