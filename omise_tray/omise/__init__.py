"""The Omise REST API: HTTP client, response parsing for every API version, typed errors."""
