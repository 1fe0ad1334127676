"""Entry forms: the quarterly realisation form of an OPD and its parts."""
