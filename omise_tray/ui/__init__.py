"""Qt widgets: main window, balance cards, tray icon, dialogs and notifier."""
