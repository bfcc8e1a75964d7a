"""Specification of choosing the language: the Settings value, else the system's by GNU rules."""

from __future__ import annotations

import locale

import pytest

from omise_tray.core.localized import Language
from omise_tray.i18n.language import (
    NATIVE_NAMES,
    SETTING_VALUES,
    chosen_language,
    language_of,
    system_language,
)

EN, TH, JA = Language.ENGLISH, Language.THAI, Language.JAPANESE


def no_ui_languages() -> list[str]:
    raise AssertionError("the system's UI languages are read only when no variable is set")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        # LANGUAGE comes first, and its first entry the app speaks wins.
        ({"LANGUAGE": "th:en", "LANG": "en_US.UTF-8"}, TH),
        ({"LANGUAGE": "ja_JP:th", "LANG": "th_TH.UTF-8"}, JA),
        ({"LANGUAGE": "de:fr:ja", "LANG": "en_US.UTF-8"}, JA),
        ({"LANGUAGE": "en_GB:th", "LANG": "th_TH.UTF-8"}, EN),
        # A LANGUAGE list naming no language the app speaks means English, as in gettext.
        ({"LANGUAGE": "de:fr", "LANG": "th_TH.UTF-8"}, EN),
        # Empty entries and an empty LANGUAGE are skipped.
        ({"LANGUAGE": "::th", "LANG": "en_US.UTF-8"}, TH),
        ({"LANGUAGE": "", "LANG": "ja_JP.UTF-8"}, JA),
        # Without LANGUAGE: LC_ALL, then LC_MESSAGES, then LANG; the first set one decides.
        ({"LC_ALL": "th_TH.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US"}, TH),
        ({"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "th_TH.UTF-8"}, JA),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "th_TH.TIS-620"}, TH),
        ({"LANG": "ja_JP.eucJP@euro"}, JA),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "th_TH.UTF-8"}, EN),
        ({"LANG": "th"}, TH),
        # The C locale asks for untranslated text: LANGUAGE is ignored (LC_ALL=C app).
        ({"LC_ALL": "C", "LANGUAGE": "th", "LANG": "th_TH.UTF-8"}, EN),
        ({"LANG": "POSIX", "LANGUAGE": "ja"}, EN),
        # C.UTF-8 is not "C": gettext reads LANGUAGE there, and so does the app.
        ({"LANG": "C.UTF-8", "LANGUAGE": "th"}, TH),
        ({"LANG": "C.UTF-8"}, EN),
        # LANGUAGE alone (no locale variable) is honoured.
        ({"LANGUAGE": "ja"}, JA),
    ],
)
def test_system_language_follows_the_gnu_variables(
    environ: dict[str, str], expected: Language
) -> None:
    assert system_language(environ, no_ui_languages) == expected


def test_a_thai_locale_works_without_the_c_library_knowing_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # setlocale() fails for a locale the C library does not have; the choice never asks it.
    def refuse(category: int, name: str | None = None) -> str:
        raise locale.Error("unsupported locale setting")

    monkeypatch.setattr(locale, "setlocale", refuse)
    assert system_language({"LANG": "th_TH.UTF-8"}, no_ui_languages) is TH
    assert chosen_language("system", {"LC_ALL": "ja_JP.UTF-8"}, no_ui_languages) is JA


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["th-TH", "en-US"], TH),
        (["ja-JP"], JA),
        (["de-DE", "ja-JP", "en-US"], JA),
        (["en-GB", "th-TH"], EN),
        (["de-DE"], EN),
        ([], EN),
        (["C"], EN),
    ],
)
def test_without_variables_the_systems_ui_languages_decide(
    ui_languages: list[str], expected: Language
) -> None:
    assert system_language({}, lambda: ui_languages) == expected


@pytest.mark.parametrize(
    ("setting", "environ", "expected"),
    [
        ("th", {"LANG": "ja_JP.UTF-8"}, TH),
        ("ja", {"LANG": "th_TH.UTF-8"}, JA),
        ("en", {"LANG": "th_TH.UTF-8"}, EN),
        ("system", {"LANG": "th_TH.UTF-8"}, TH),
        ("klingon", {"LANG": "ja_JP.UTF-8"}, JA),
        ("", {}, EN),
    ],
)
def test_the_setting_wins_and_system_or_unknown_follows_the_system(
    setting: str, environ: dict[str, str], expected: Language
) -> None:
    assert chosen_language(setting, environ, list) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("th_TH.UTF-8", TH),
        ("th-TH", TH),
        ("TH", TH),
        ("ja_JP.eucJP", JA),
        ("ja", JA),
        ("en_US@calendar=gregorian", EN),
        ("C", None),
        ("C.UTF-8", None),
        ("de_DE", None),
        ("", None),
        ("_TH", None),
    ],
)
def test_language_of_a_locale_name(name: str, expected: Language | None) -> None:
    assert language_of(name) == expected


def test_settings_offer_system_and_each_language_in_its_own_name() -> None:
    assert SETTING_VALUES == ("system", "en", "th", "ja")
    assert [NATIVE_NAMES[language] for language in Language] == ["English", "ไทย", "日本語"]
