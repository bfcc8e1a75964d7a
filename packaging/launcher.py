"""Entry point of the frozen app: the same `main` as `python -m omise_tray`."""

import sys

from omise_tray.cli import main
from omise_tray.system.autostart import BUNDLE_ID

if sys.platform == "win32":
    import ctypes

    # Windows attributes notifications to the Start-menu shortcut carrying this same ID
    # (packaging/windows/omise-tray.iss); without it they may not show at all.
    ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(BUNDLE_ID)

sys.exit(main())
