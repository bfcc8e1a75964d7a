"""Specification of the catalogue tool chain: lupdate extraction, merging that keeps every
translation (plural forms too), and the check CI runs."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import TRANSLATIONS_DIR
from omise_tray.i18n.linguist import (
    Catalogue,
    Message,
    catalogue_path,
    catalogue_problems,
    check,
    code_problems,
    extract,
    read_ts,
    translation_problems,
    ts_text,
    update,
    write_ts,
)

EN, TH, JA = Language.ENGLISH, Language.THAI, Language.JAPANESE

FIRST_VERSION = """
from PySide6.QtCore import QCoreApplication

from omise_tray.core.localized import translatable

HEALTHY = translatable("Health", "Healthy")


def words(count: int) -> list[str]:
    #: The button that polls Omise at once.
    refresh = QCoreApplication.translate("Demo", "&Refresh now")
    low = QCoreApplication.translate("Demo", "%n account(s) low", None, count)
    gone = QCoreApplication.translate("Demo", "Soon removed")
    return [refresh, low, gone]
"""
SECOND_VERSION = FIRST_VERSION.replace(
    'gone = QCoreApplication.translate("Demo", "Soon removed")',
    'gone = QCoreApplication.translate("Demo", "Offline since {time}")',
)
TRANSLATED: dict[Language, dict[str, tuple[str, ...]]] = {
    TH: {
        "Healthy": ("ปกติ",),
        "&Refresh now": ("รีเฟรชทันที(&R)",),
        "%n account(s) low": ("ยอดต่ำ %n บัญชี",),
        "Soon removed": ("จะถูกลบ",),
    },
    JA: {
        "Healthy": ("良好",),
        "&Refresh now": ("今すぐ更新(&R)",),
        "%n account(s) low": ("残高不足のアカウント %n 件",),
        "Soon removed": ("削除予定",),
    },
    EN: {"%n account(s) low": ("%n account low", "%n accounts low")},
}


@pytest.mark.parametrize("path", sorted(TRANSLATIONS_DIR.glob("*.ts")), ids=lambda p: p.name)
def test_committed_catalogues_are_written_exactly_as_the_tools_write_them(path: Path) -> None:
    assert ts_text(read_ts(path)) == path.read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """A package with one module, and a translations folder with Qt's Thai dialog words."""
    package, translations = tmp_path / "package", tmp_path / "translations"
    package.mkdir()
    translations.mkdir()
    (package / "words.py").write_text(FIRST_VERSION, encoding="utf-8")
    shutil.copy(TRANSLATIONS_DIR / "omise_tray_qtbase_th.ts", translations)
    return package, translations


def translate_all(translations: Path) -> None:
    for language, texts in TRANSLATED.items():
        path = catalogue_path("omise_tray", language, translations)
        catalogue = read_ts(path)
        done = tuple(
            replace(message, translations=texts[message.source], finished=True)
            for message in catalogue.messages
        )
        write_ts(path, replace(catalogue, messages=done))


def test_update_brings_new_strings_in_unfinished_and_plurals_with_their_forms(
    project: tuple[Path, Path],
) -> None:
    package, translations = project
    update(translations, package)
    thai = read_ts(catalogue_path("omise_tray", TH, translations))
    english = read_ts(catalogue_path("omise_tray", EN, translations))
    assert [(m.context, m.source, m.numerus, m.finished) for m in thai.messages] == [
        ("Demo", "&Refresh now", False, False),
        ("Demo", "%n account(s) low", True, False),
        ("Demo", "Soon removed", False, False),
        ("Health", "Healthy", False, False),
    ]
    assert thai.messages[0].extra_comment == "The button that polls Omise at once."
    assert [(m.source, m.translations) for m in english.messages] == [
        ("%n account(s) low", ("", ""))
    ]
    assert any("is unfinished" in problem for problem in check(translations, package))


def test_update_keeps_every_translation_and_drops_what_the_code_lost(
    project: tuple[Path, Path],
) -> None:
    package, translations = project
    update(translations, package)
    translate_all(translations)
    assert check(translations, package) == []
    (package / "words.py").write_text(SECOND_VERSION, encoding="utf-8")
    assert check(translations, package) == [
        "omise_tray_th.ts lacks Demo: 'Offline since {time}': run scripts/translations update",
        "omise_tray_th.ts holds Demo: 'Soon removed', which the code no longer has: "
        "run scripts/translations update",
        "omise_tray_ja.ts lacks Demo: 'Offline since {time}': run scripts/translations update",
        "omise_tray_ja.ts holds Demo: 'Soon removed', which the code no longer has: "
        "run scripts/translations update",
    ]
    update(translations, package)
    english = read_ts(catalogue_path("omise_tray", EN, translations))
    assert [m.translations for m in english.messages] == [("%n account low", "%n accounts low")]
    japanese = read_ts(catalogue_path("omise_tray", JA, translations))
    assert [(m.source, m.translations[0], m.finished) for m in japanese.messages] == [
        ("&Refresh now", "今すぐ更新(&R)", True),
        ("%n account(s) low", "残高不足のアカウント %n 件", True),
        ("Offline since {time}", "", False),
        ("Healthy", "良好", True),
    ]


def message(source: str, *translations: str, numerus: bool = False) -> Message:
    return Message("Demo", source, numerus=numerus, translations=translations, finished=True)


@pytest.mark.parametrize(
    ("given", "forms", "problems"),
    [
        (message("Offline since {time}", "ออฟไลน์ตั้งแต่ {time}"), 1, []),
        (
            message("Offline since {time}", "ออฟไลน์ตั้งแต่ {เวลา}"),
            1,
            ["translation 'ออฟไลน์ตั้งแต่ {เวลา}' must keep ['{time}'] exactly"],
        ),
        (
            message("%n min ago", "นาทีที่แล้ว", numerus=True),
            1,
            ["translation 'นาทีที่แล้ว' must keep ['%n'] exactly"],
        ),
        (
            message("&Refresh", "รีเฟรช"),
            1,
            ["translation 'รีเฟรช' lost the keyboard shortcut (&)"],
        ),
        (message("Fish && chips", "ปลา"), 1, []),
        (
            message("%n account(s)", "%n account", numerus=True),
            2,
            ["has 1 plural forms instead of 2"],
        ),
        (replace(message("Refresh", "รีเฟรช"), finished=False), 1, ["is unfinished"]),
        (message("Refresh", ""), 1, ["is unfinished"]),
    ],
)
def test_translation_problems(given: Message, forms: int, problems: list[str]) -> None:
    assert translation_problems(given, forms) == problems


def test_an_english_catalogue_needs_only_the_plural_strings(tmp_path: Path) -> None:
    path = tmp_path / "omise_tray_en.ts"
    plural = message("%n account(s)", "%n account", "%n accounts", numerus=True)
    write_ts(path, Catalogue("en_US", (plural,)))
    assert catalogue_problems(path, [replace(plural, translations=("", ""))], EN) == []
    write_ts(path, Catalogue("en_US", (plural, message("Refresh", "Refresh"))))
    assert catalogue_problems(path, [plural], EN) == [
        "omise_tray_en.ts holds Demo: 'Refresh', which the code no longer has: "
        "run scripts/translations update"
    ]


UNREADABLE = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainter


def shown(items: list[str], name: str, painter: QPainter, context: str, text: str) -> list[str]:
    return [
        QCoreApplication.translate("Demo", f"Hello {name}"),
        QCoreApplication.translate("Demo", "%n item(s)", None, len(items)),
        QCoreApplication.translate("Demo", "%n file(s)", n=len(items)),
        QCoreApplication.translate("Demo", "%n day(s)"),
        QCoreApplication.translate(context, text),
        painter.tr("Bye"),
    ]


def move(painter: QPainter) -> None:
    painter.translate(10, 20)
"""


def test_the_check_names_every_call_the_catalogues_would_miss(tmp_path: Path) -> None:
    source = tmp_path / "shown.py"
    source.write_text(UNREADABLE, encoding="utf-8")
    problems = code_problems([source], extract([source]))
    shown = [problem.removeprefix(f"{source}:") for problem in problems]
    assert sorted(shown, key=lambda problem: int(problem.split(":")[0])) == [
        "8: the text must be one string literal (no f-string or +)",
        "9: pyside6-lupdate cannot read this call; give the count as a plain name "
        "(count = len(items)) and the arguments by position",
        "10: pass disambiguation and n by position; lupdate skips keywords",
        "10: pyside6-lupdate cannot read this call; give the count as a plain name "
        "(count = len(items)) and the arguments by position",
        "11: '%n day(s)' holds %n, so pass the count as the 4th argument",
        "13: tr() takes its context from the class at run time; write "
        'QCoreApplication.translate("Context", "text") instead',
    ]
