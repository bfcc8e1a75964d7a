"""The running tray app: its composition root and the coordinators between data and widgets."""
