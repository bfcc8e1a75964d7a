"""Speaking the merchant's language: choosing it, Qt's translation catalogues, bundled fonts."""
