"""Start-up dialogs: login, first run, first setup of a new database, user guide."""
