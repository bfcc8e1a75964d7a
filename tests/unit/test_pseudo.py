"""Specification of the pseudo-translation: every catalogued string comes back ⟦marked⟧, so a
window test can list the text that never went through a catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from omise_tray.i18n.linguist import python_sources, write_pseudo
from omise_tray.i18n.translators import Translations
from tests.support.pseudo import has_unmarked_words, unmarked_texts

DEMO_SOURCE = """
from PySide6.QtCore import QCoreApplication


def words(count: int) -> list[str]:
    return [
        QCoreApplication.translate("Demo", "Refresh now"),
        QCoreApplication.translate("Demo", "%n account(s) low", None, count),
    ]
"""


@pytest.fixture(scope="module")
def pseudo_catalogue(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled pseudo catalogue of the real package plus a demo module; in this module it
    takes the place of the session-wide one, so `pseudo` (tests/unit/conftest.py) installs it."""
    folder = tmp_path_factory.mktemp("pseudo")
    demo = folder / "demo.py"
    demo.write_text(DEMO_SOURCE, encoding="utf-8")
    return write_pseudo(folder, [*python_sources(), demo])


def test_catalogued_strings_come_back_marked(pseudo: Translations) -> None:
    assert QCoreApplication.translate("Demo", "Refresh now") == "⟦Refresh now⟧"
    assert QCoreApplication.translate("Demo", "%n account(s) low", None, 3) == "⟦3 account(s) low⟧"
    assert QCoreApplication.translate("Time", "updated on {date}") == "⟦updated on {date}⟧"


def test_qts_own_dialog_words_are_marked_too(pseudo: Translations) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "⟦OK⟧"


def test_a_window_test_finds_exactly_the_text_that_bypassed_the_catalogues(
    pseudo: Translations, qtbot: QtBot
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel(QCoreApplication.translate("Demo", "Refresh now")))
    layout.addWidget(QPushButton(QCoreApplication.translate("Demo", "%n account(s) low", None, 2)))
    layout.addWidget(QLabel("Hard-coded English"))
    layout.addWidget(QLabel("฿1,234.50"))
    shop = QLabel("Shop A")
    shop.setToolTip(QCoreApplication.translate("Demo", "Refresh now"))
    layout.addWidget(shop)
    assert unmarked_texts(window) == ["Hard-coded English", "Shop A"]
    assert unmarked_texts(window, allowed=lambda text: text == "Shop A") == ["Hard-coded English"]


@pytest.mark.parametrize(
    ("text", "unmarked"),
    [
        ("⟦Refresh now⟧", False),
        ("⟦updated on 27 Nov⟧", False),
        ("฿1,234.50", False),
        ("−12 · 14:05", False),
        ("Shop A · ⟦Low⟧", True),
        ("⟦Low⟧ now", True),
        ("วันนี้", True),
        ("", False),
    ],
)
def test_only_letters_outside_the_markers_count(text: str, unmarked: bool) -> None:
    assert has_unmarked_words(text) is unmarked
