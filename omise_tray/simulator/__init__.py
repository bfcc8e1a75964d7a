"""An Omise-compatible API server on loopback for demo mode, tests and benchmarks."""
