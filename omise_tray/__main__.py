"""Allow `python -m omise_tray`."""

import sys

from omise_tray.cli import main

sys.exit(main())
