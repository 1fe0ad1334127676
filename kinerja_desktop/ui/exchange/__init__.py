"""Package dialogs (issue, import with preview, consolidate, OPD office) and the 'Paket' menu."""
