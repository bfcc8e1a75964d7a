"""Operating-system glue: one instance per user, signals, start at login, notifications, logs."""
