"""Administration dialogs: users, office settings, plan editor, audit history, region setup."""
