"""Settings, secret keys and balance history on disk."""
