"""What a screen reader gets: the demo app's accessible tree read over AT-SPI on the test desktop
(Xvfb, openbox, DBus, the AT-SPI bus and registry), with Debian's pyatspi as Orca reads it, in
both modes: amounts shown and amounts hidden. Tab is pressed with xdotool and the focus followed
through AT-SPI, so the reading order is the one on the real screen.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.desktop import A11Y_BUS_LAUNCHER, DesktopStack, missing_programs
from tests.support.waiting import wait_for

pytestmark = pytest.mark.desktop

SYSTEM_PYTHON = "/usr/bin/python3"  # where Debian's python3-pyatspi is installed
TREE_SCRIPT = Path(__file__).resolve().parent.parent / "support" / "atspi_tree.py"
APP_NAME = "omise-tray"
DEMO_CARDS = 3  # the demo's THB, JPY and SGD shops
CONTROL_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "menu item",
        "spin button",
        "text",
        "slider",
        "page tab",
        "link",
    }
)
HEALTH = r"(Healthy|Moderate|Low|Critical)( \(last known\))?"
CARD = re.compile(
    # A card of one shop names it first: "Bangkok Coffee · THB · test balance: ...".
    rf"^(?P<place>([^·]+ · )?[A-Z]{{3}} · (test|live)) balance: (?P<amount>.+) "
    rf"available to pay out, {HEALTH}$"
)
AMOUNT = re.compile(r"(฿|¥|S\$|RM|\$|€|£)\s?[0-9]|[0-9][0-9,]*円|[A-Z]{3} [0-9][0-9,]*\.[0-9]")

Node = dict[str, Any]


def pyatspi_missing() -> str | None:
    if not Path(SYSTEM_PYTHON).exists():
        return f"no {SYSTEM_PYTHON}"
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if found.returncode != 0:
        return "python3-pyatspi is not installed"
    if not Path(A11Y_BUS_LAUNCHER).exists():
        return "at-spi2-core is not installed"
    return None


@pytest.fixture(scope="module")
def a11y_desktop() -> Iterator[dict[str, str]]:
    """A desktop of its own with the accessibility bus running (the shared one has none)."""
    problem = pyatspi_missing() or (
        "the desktop stack needs " + ", ".join(missing_programs()) if missing_programs() else None
    )
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem + " (scripts/bootstrap --test installs it)")
        pytest.skip(problem)
    with DesktopStack(accessibility=True) as stack:
        yield dict(stack.env)


def all_nodes(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from all_nodes(child)


class AccessibleApp:
    """The demo app running on the desktop, and its tree as AT-SPI serves it."""

    def __init__(self, env: dict[str, str], home: Path, *arguments: str) -> None:
        self.env = env
        self.home = home
        self.process = subprocess.Popen(
            [sys.executable, "-m", "omise_tray", "--demo", *arguments],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(home / "app.log", "w"),  # noqa: SIM115
        )

    def tree(self) -> Node | None:
        dumped = subprocess.run(
            [SYSTEM_PYTHON, str(TREE_SCRIPT), APP_NAME],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if dumped.returncode != 0 or not dumped.stdout.strip():
            return None
        answer = json.loads(dumped.stdout)
        return answer["tree"] if answer["found"] else None

    def cards(self, tree: Node) -> list[Node]:
        return [
            node
            for node in all_nodes(tree)
            if node["role"] == "panel" and CARD.match(node["name"]) and "showing" in node["states"]
        ]

    def tree_with_cards(self) -> Node:
        def ready() -> Node | None:
            tree = self.tree()
            return tree if tree is not None and len(self.cards(tree)) == DEMO_CARDS else None

        found: Node = wait_for(ready, "the demo's cards in the accessible tree", timeout=60.0)
        return found

    def focused(self) -> Node | None:
        tree = self.tree()
        if tree is None:
            return None
        return next((n for n in all_nodes(tree) if "focused" in n["states"]), None)

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", *keys], env=self.env, check=False)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(params=["amounts shown", "amounts hidden"])
def app(
    request: pytest.FixtureRequest, a11y_desktop: dict[str, str], tmp_path: Path
) -> Iterator[AccessibleApp]:
    env = {
        **os.environ,
        **a11y_desktop,
        **{
            f"XDG_{n}_HOME": str(tmp_path / n.lower()) for n in ("CONFIG", "DATA", "STATE", "CACHE")
        },
        "LANGUAGE": "en",
    }
    env.pop("QT_QPA_PLATFORM", None)  # the tests' offscreen Qt: the app needs the X server
    arguments = ["--hide-amounts"] if request.param == "amounts hidden" else []
    running = AccessibleApp(env, tmp_path, *arguments)
    try:
        yield running
    finally:
        running.stop()


def hidden(app: AccessibleApp) -> bool:
    return "--hide-amounts" in app.process.args  # type: ignore[operator]


def test_every_card_is_read_as_one_sentence(app: AccessibleApp) -> None:
    tree = app.tree_with_cards()
    for card in app.cards(tree):
        sentence = CARD.match(card["name"])
        assert sentence is not None
        amount = sentence["amount"]
        if hidden(app):
            assert amount == "•••", card["name"]
        else:
            assert AMOUNT.search(amount), card["name"]
        assert "focusable" in card["states"]


def test_no_object_is_named_by_a_lone_symbol(app: AccessibleApp) -> None:
    tree = app.tree_with_cards()
    for node in all_nodes(tree):
        name = node["name"].strip()
        if name:
            assert any(ch.isalnum() for ch in name), f"{node['role']} named only {name!r}"


def test_every_control_has_a_name(app: AccessibleApp) -> None:
    tree = app.tree_with_cards()
    controls = [
        node
        for node in all_nodes(tree)
        if node["role"] in CONTROL_ROLES and "showing" in node["states"]
    ]
    assert len(controls) >= 6 + 2 * DEMO_CARDS  # the header's buttons and each card's links
    for control in controls:
        assert control["name"].strip(), f"a {control['role']} without a name"


def test_amounts_are_spoken_only_when_shown(app: AccessibleApp) -> None:
    tree = app.tree_with_cards()
    names = [node["name"] for node in all_nodes(tree)]
    spoken = [name for name in names if AMOUNT.search(name)]
    buttons = {n["name"] for n in all_nodes(tree) if n["role"] == "push button"}
    if hidden(app):
        assert spoken == []
        assert any("•••" in name for name in names)
        assert "Show amounts" in buttons and "Hide amounts" not in buttons
    else:
        assert len(spoken) >= DEMO_CARDS
        assert "Hide amounts" in buttons and "Show amounts" not in buttons


def test_the_verdict_is_read_with_its_words(app: AccessibleApp) -> None:
    """The header's verdict is named by what it says ("1 account low"), not by what it is."""
    app.tree_with_cards()

    def verdict() -> str | None:
        tree = app.tree()
        found = [
            n
            for n in all_nodes(tree or {"children": []})
            if n.get("description") == "Overall status"
        ]
        return found[0]["name"] if found else None

    said = wait_for(
        lambda: (
            (name := verdict()) and re.search(r"accounts? (healthy|moderate|low|critical)", name)
        ),
        "the verdict in words",
        timeout=20,
    )
    assert said


def test_tab_moves_in_reading_order(app: AccessibleApp) -> None:
    """Tab from the first button reaches the header's buttons left to right, then each card
    (left to right, top to bottom) followed by its own links, and comes back round."""
    tree = app.tree_with_cards()
    first = wait_for(app.focused, "the window's first focus", timeout=60.0)
    assert first["name"] == "Refresh now"
    stops = [first]
    for _ in range(40):
        previous = stops[-1]
        app.key("Tab")

        def moved_on(previous: Node = previous) -> Node | None:
            focused = app.focused()
            return focused if focused is not None and focused != previous else None

        moved = wait_for(
            moved_on,
            "the focus to move",
            timeout=10,
        )
        if moved["name"] == first["name"]:
            break
        stops.append(moved)
    header = [
        stop for stop in stops if stop["role"] != "panel" and not CARD_LINK.search(stop["name"])
    ]
    header_only = stops[: len(header)]
    assert header_only == header, "the header's buttons come first"
    assert [stop["box"][0] for stop in header] == sorted(stop["box"][0] for stop in header)
    cards = [stop for stop in stops if stop["role"] == "panel"]
    places = [(card["box"][1], card["box"][0]) for card in cards]
    assert places == sorted(places), "cards in reading order"
    assert len(cards) == len(app.cards(tree))
    for card in cards:
        place = CARD.match(card["name"])
        assert place is not None
        index = stops.index(card)
        links = [stop["name"] for stop in stops[index + 1 : index + 3]]
        assert links == [
            f"History of {place['place']}",
            f"Open the Omise dashboard for {place['place']}",
        ]


CARD_LINK = re.compile(r"^(History of|Open the Omise dashboard for) ")
