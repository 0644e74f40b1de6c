"""Privacy and safety in the window: passphrase, lock, backups and restore."""
