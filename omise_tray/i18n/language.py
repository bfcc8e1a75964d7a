"""Which language the windows speak: the Settings choice, or the system's by the GNU rules.

"system" reads the environment the way GNU gettext does, with two differences a merchant
would expect:

- LANGUAGE (a colon-separated list such as "th:en") comes first: its first entry naming a
  language the app speaks wins, and when it names none the app speaks English. Like gettext,
  LANGUAGE is ignored when the locale is set to exactly "C" or "POSIX" (`LC_ALL=C app` is how
  people ask a program for its untranslated text); unlike gettext, it is also honoured when no
  locale variable is set at all.
- Otherwise the first non-empty of LC_ALL, LC_MESSAGES and LANG decides ("th_TH.UTF-8" is
  Thai). The value is only read, never handed to setlocale(), so Thai and Japanese work even
  where the C library has no th_TH or ja_JP locale installed (gettext would fall back to C).

When none of these variables is set (as on Windows and macOS) the system's preferred UI
languages decide (QLocale.system().uiLanguages(), passed in by the caller). Anything
else is English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from omise_tray.core.localized import Language

SYSTEM = "system"
SETTING_VALUES = (SYSTEM, *(language.value for language in Language))
# Each language's own name, as the Settings list shows it whatever the window's language.
NATIVE_NAMES: dict[Language, str] = {
    Language.ENGLISH: "English",
    Language.THAI: "ไทย",
    Language.JAPANESE: "日本語",
}
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_UNTRANSLATED_LOCALES = frozenset({"C", "POSIX"})
_LANGUAGE_PART = re.compile(r"[A-Za-z]+")


def language_of(name: str) -> Language | None:
    """The language a locale name or language tag names: "th_TH.UTF-8", "ja-JP", "en" -> it;
    None for one the app does not speak."""
    match = _LANGUAGE_PART.match(name.strip())
    if match is None:
        return None
    try:
        return Language(match.group().lower())
    except ValueError:
        return None


def system_language(
    environ: Mapping[str, str], ui_languages: Callable[[], Sequence[str]]
) -> Language:
    """The system's language by the rules in this module's docstring."""
    locale = next((environ[name] for name in LOCALE_VARIABLES if environ.get(name)), "")
    if locale in _UNTRANSLATED_LOCALES:
        return Language.ENGLISH
    wanted = [entry for entry in environ.get("LANGUAGE", "").split(":") if entry]
    if wanted:
        return _first_spoken(wanted)
    if locale:
        return language_of(locale) or Language.ENGLISH
    return _first_spoken(ui_languages())


def _first_spoken(names: Sequence[str]) -> Language:
    for name in names:
        language = language_of(name)
        if language is not None:
            return language
    return Language.ENGLISH


def chosen_language(
    setting: str, environ: Mapping[str, str], ui_languages: Callable[[], Sequence[str]]
) -> Language:
    """The language for a Settings value: "en", "th" or "ja" as chosen; "system" (or a value
    this version does not know) follows the system."""
    if setting != SYSTEM and setting in SETTING_VALUES:
        return Language(setting)
    return system_language(environ, ui_languages)
