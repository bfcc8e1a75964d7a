"""Print, as JSON, the accessible tree a screen reader sees of one application over AT-SPI.

Run with Debian's /usr/bin/python3 (python3-pyatspi lives there, not in the project's venv):
    /usr/bin/python3 tests/support/atspi_tree.py APP_NAME
Each node: role, name, description, states, position and size on screen, children. Prints
{"found": false} while no application of that name is on the accessibility bus.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]

STATES = ("focusable", "focused", "showing", "visible", "checked", "enabled")
DEEPEST = 40


def _node(accessible: Any, depth: int = 0) -> dict[str, Any]:
    states = accessible.getState()
    try:
        x, y, width, height = accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        x = y = width = height = 0
    children = []
    if depth < DEEPEST:
        for index in range(accessible.childCount):
            child = accessible.getChildAtIndex(index)
            if child is not None:
                children.append(_node(child, depth + 1))
    return {
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": [
            name for name in STATES if states.contains(getattr(pyatspi, f"STATE_{name.upper()}"))
        ],
        "box": [x, y, width, height],
        "children": children,
    }


def main() -> int:
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        application = desktop.getChildAtIndex(index)
        if application is not None and application.name == wanted:
            print(json.dumps({"found": True, "tree": _node(application)}))
            return 0
    print(json.dumps({"found": False}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
