"""Unit tests need no display: Qt draws offscreen (set before any test imports Qt)."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
