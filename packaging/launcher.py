"""Entry point of the frozen app: the same `main` as `python -m omise_tray`."""

import sys

from omise_tray.cli import main

sys.exit(main())
