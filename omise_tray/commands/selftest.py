"""`omise-tray --self-test`: checks, without a display, that an installed or frozen app is whole."""

from __future__ import annotations

import logging
import os
import ssl
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TextIO

import omise_tray
from omise_tray import APP_NAME, __version__
from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import APP_CATALOGUE, QT_WORDS_CATALOGUE

log = logging.getLogger(__name__)

ICON_SUFFIXES = (".svg", ".png", ".ico")
ICON_RENDER_SIZE = 64
# The catalogues the Thai window loads (omise_tray/i18n/translators.py); Qt ships no Thai one.
THAI_CATALOGUES = tuple(
    f"{name}_{Language.THAI.value}" for name in (APP_CATALOGUE, QT_WORDS_CATALOGUE)
)
# Qt's compiled catalogue (.qm): this magic, then blocks of a tag byte, a 32-bit big-endian
# length and the block. The messages block is a run of fields, each a tag byte and (all but
# End and Obsolete1) a 32-bit length and data; a translation is UTF-16 big-endian.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_MESSAGES_BLOCK = 0x69
QM_END, QM_SOURCE_TEXT16, QM_TRANSLATION, QM_CONTEXT16, QM_OBSOLETE1 = 1, 2, 3, 4, 5
QM_SOURCE_TEXT, QM_CONTEXT, QM_COMMENT = 6, 7, 8
QM_FIELDS_WITH_DATA = frozenset(
    {QM_SOURCE_TEXT16, QM_TRANSLATION, QM_CONTEXT16, QM_SOURCE_TEXT, QM_CONTEXT, QM_COMMENT}
)
QM_NO_TEXT = 0xFFFFFFFF
GLYPHLESS_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


class Outcome(Enum):
    """How one check ended; WARN is worth knowing but does not make the app unusable."""

    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One line of the self-test report."""

    name: str
    outcome: Outcome
    detail: str

    def line(self) -> str:
        return f"{self.outcome.value:<4} {self.name}: {self.detail}"


class SelfTestError(Exception):
    """A check found something broken; the message says what."""


def resources_dir() -> Path:
    """The package's resources folder, wherever the package was installed or frozen."""
    return Path(omise_tray.__file__).resolve().parent / "resources"


def icon_files(root: Path) -> Iterator[Path]:
    return (path for path in sorted(root.rglob("*")) if path.suffix.lower() in ICON_SUFFIXES)


class QtPlatformCheck:
    """Loads Qt's platform plugin and keeps the application object alive for the later checks."""

    def __init__(self) -> None:
        self.app: object | None = None

    def __call__(self) -> CheckResult:
        from PySide6.QtCore import QLibraryInfo
        from PySide6.QtGui import QGuiApplication

        platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
        # A missing platform plugin makes Qt abort the process; look for the file first.
        if not any(plugins.glob(f"*q{platform}.*")):
            raise SelfTestError(f"the {platform} plugin is not in {plugins}")
        existing = QGuiApplication.instance()
        self.app = existing or QGuiApplication([sys.argv[0] if sys.argv else APP_NAME])
        name = QGuiApplication.platformName()
        if not name:
            raise SelfTestError("Qt started without a platform plugin")
        return CheckResult("Qt platform plugin", Outcome.OK, name)


def check_keyring() -> CheckResult:
    from omise_tray.storage.secrets import detect_keyring

    backend, status = detect_keyring()
    if backend is not None and status.usable:
        return CheckResult(
            "keyring", Outcome.OK, f"{status.backend_name} (secure; keys are kept there)"
        )
    # The reason already offers keeping keys for the session, which is why this is no failure.
    reason = status.reason or f"{status.backend_name} is not a secure keyring."
    return CheckResult("keyring", Outcome.WARN, f"{reason} (not a failure)")


def check_keyring_backends() -> CheckResult:
    """The backends keyring finds through its entry points (frozen apps lose them easily)."""
    from importlib.metadata import entry_points

    names = sorted(point.name for point in entry_points(group="keyring.backends"))
    if not names:
        raise SelfTestError("keyring lists no backends; its package metadata is missing")
    return CheckResult("keyring backends", Outcome.OK, ", ".join(names))


def check_ca_bundle() -> CheckResult:
    import certifi

    bundle = Path(certifi.where())
    if not bundle.is_file():
        raise SelfTestError(f"{bundle} does not exist")
    try:
        context = ssl.create_default_context(cafile=str(bundle))
    except (OSError, ssl.SSLError) as exc:
        raise SelfTestError(f"{bundle} cannot be read as certificates ({exc})") from exc
    count = context.cert_store_stats()["x509_ca"]
    if count == 0:
        raise SelfTestError(f"{bundle} holds no certificate authorities")
    return CheckResult("CA bundle", Outcome.OK, f"{bundle} ({count} authorities)")


def check_icons() -> CheckResult:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QImage

    root = resources_dir()
    files = list(icon_files(root))
    if not files:
        raise SelfTestError(f"no icons found in {root}")
    size = QSize(ICON_RENDER_SIZE, ICON_RENDER_SIZE)
    broken = [
        path.name
        for path in files
        if QImage(str(path)).isNull() or QIcon(str(path)).pixmap(size).isNull()
    ]
    if broken:
        raise SelfTestError("cannot render " + ", ".join(broken) + " (an image plugin is missing)")
    return CheckResult("icons", Outcome.OK, f"{len(files)} rendered from {root}")


def check_locale_data() -> CheckResult:
    """Collation and time-zone names: the ICU data Qt reads (the Linux build trims the rest)."""
    from PySide6.QtCore import QByteArray, QCollator, QLocale, QTimeZone

    # Code-point order puts "B" before "a"; only working collation data puts "a" first.
    if QCollator(QLocale("th_TH")).compare("a", "B") >= 0:
        raise SelfTestError("collation data is missing (text would sort in code-point order)")
    zone = QTimeZone(QByteArray(b"Asia/Bangkok"))
    name = zone.displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("en_US")
    )
    if not zone.isValid() or not name:
        raise SelfTestError("time-zone data is missing (Asia/Bangkok has no name)")
    return CheckResult("locale data", Outcome.OK, f"collation, time zones ({name})")


def compiled_translations(path: Path) -> list[str]:
    """Every translation a compiled catalogue (.qm) holds, each plural form apart."""
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise SelfTestError(f"{path} is not a compiled catalogue")
    texts: list[str] = []
    at = len(QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
        at += 5
        if tag == QM_MESSAGES_BLOCK:
            texts += _block_translations(data[at : at + length], path)
        at += length
    return texts


def _block_translations(block: bytes, path: Path) -> Iterator[str]:
    at = 0
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == QM_END:
            continue
        if tag == QM_OBSOLETE1:
            at += 4
            continue
        if tag not in QM_FIELDS_WITH_DATA:
            raise SelfTestError(f"{path} holds a field this check cannot read ({tag})")
        length = int.from_bytes(block[at : at + 4], "big")
        at += 4
        if length == QM_NO_TEXT:
            continue
        if tag == QM_TRANSLATION:
            yield block[at : at + length].decode("utf-16-be")
        at += length


def thai_catalogue_texts(directory: Path) -> dict[str, list[str]]:
    """The Thai translations by file: the compiled catalogue where the app carries one (wheel,
    frozen app), else its .ts source (a checkout compiles it only on first use)."""
    from omise_tray.i18n.linguist import read_ts

    texts: dict[str, list[str]] = {}
    for name in THAI_CATALOGUES:
        compiled, source = directory / f"{name}.qm", directory / f"{name}.ts"
        if compiled.is_file():
            texts[compiled.name] = compiled_translations(compiled)
        elif source.is_file():
            messages = read_ts(source).messages
            texts[source.name] = [text for m in messages for text in m.translations]
        else:
            raise SelfTestError(f"the Thai catalogue {name} is not in {directory}")
    return texts


def drawn_characters(texts: Iterable[str]) -> list[str]:
    """The characters of the texts that take a glyph: all but spaces, line breaks, controls and
    invisible marks (zero-width space, soft hyphen)."""
    found = {char for text in texts for char in text}
    return sorted(c for c in found if unicodedata.category(c) not in GLYPHLESS_CATEGORIES)


def check_thai_font(translations: Path | None = None, fonts: Path | None = None) -> CheckResult:
    """The bundled Noto Sans Thai, registered as the app registers it, draws every character of
    the Thai catalogues in the app's font, regular and bold (QFontMetrics.inFontUcs4)."""
    from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication

    from omise_tray.i18n.catalogues import TRANSLATIONS_DIR
    from omise_tray.i18n.fonts import FONTS_DIR, THAI_FAMILY, register_thai_font

    fonts = fonts or FONTS_DIR
    if THAI_FAMILY not in register_thai_font(fonts):
        raise SelfTestError(f"{THAI_FAMILY} did not load from {fonts}")
    texts = thai_catalogue_texts(translations or TRANSLATIONS_DIR)
    characters = drawn_characters(text for found in texts.values() for text in found)
    missing: set[str] = set()
    for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
        font = QFont(QGuiApplication.font())
        font.setWeight(weight)
        metrics = QFontMetrics(font)
        missing |= {char for char in characters if not metrics.inFontUcs4(ord(char))}
    if missing:
        named = ", ".join(f"U+{ord(char):04X} {char}" for char in sorted(missing))
        raise SelfTestError(
            f"the app's font cannot draw {len(missing)} of the {len(characters)} characters"
            f" of {', '.join(texts)}: {named}"
        )
    return CheckResult(
        "Thai font",
        Outcome.OK,
        f"{THAI_FAMILY} and the app's font draw all {len(characters)} characters"
        f" of {', '.join(texts)}",
    )


def check_japanese_font() -> CheckResult:
    """Japanese comes from the system's fonts; without one, the notice the app shows is due."""
    from omise_tray.i18n.fonts import font_notice

    notice = font_notice(Language.JAPANESE)
    if notice is None:
        return CheckResult("Japanese font", Outcome.OK, "the app's font draws Japanese")
    # Worth knowing, not broken: the app runs, and says this once when Japanese is chosen.
    return CheckResult("Japanese font", Outcome.WARN, notice.splitlines()[0])


def check_simulator_round_trip() -> CheckResult:
    from omise_tray.config import DEFAULT_API_VERSION
    from omise_tray.omise.client import OmiseClient
    from omise_tray.simulator import Simulator, demo_accounts

    simulator = Simulator(demo_accounts(), dynamic=False)
    base = simulator.start()
    try:
        account = simulator.accounts[0]
        client = OmiseClient(account.key, api_base=base, api_version=DEFAULT_API_VERSION)
        balance = client.balance()
    finally:
        simulator.stop()
    return CheckResult(
        "simulator round trip", Outcome.OK, f"{balance.currency.upper()} balance read from {base}"
    )


def checks() -> tuple[tuple[str, Callable[[], CheckResult]], ...]:
    """The checks in the order they run; Qt's comes first so the icon check has an app."""
    return (
        ("Qt platform plugin", QtPlatformCheck()),
        ("keyring backends", check_keyring_backends),
        ("keyring", check_keyring),
        ("CA bundle", check_ca_bundle),
        ("icons", check_icons),
        ("locale data", check_locale_data),
        ("Thai font", check_thai_font),
        ("Japanese font", check_japanese_font),
        ("simulator round trip", check_simulator_round_trip),
    )


def run_check(name: str, check: Callable[[], CheckResult]) -> CheckResult:
    try:
        return check()
    except SelfTestError as exc:
        return CheckResult(name, Outcome.FAIL, str(exc))
    except Exception as exc:  # the report must name the broken part, never end in a traceback
        log.info("self-test check %r crashed", name, exc_info=True)
        return CheckResult(name, Outcome.FAIL, f"{type(exc).__name__}: {exc}")


def run_self_test(
    out: TextIO | None = None,
    to_run: Sequence[tuple[str, Callable[[], CheckResult]]] | None = None,
) -> int:
    """Run the checks (all by default), print one line each; 0 when nothing is broken, else 1."""
    out = out or sys.stdout
    # Before Qt loads: the self-test must work on a machine without a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"{APP_NAME} {__version__} self-test ({frozen}, {sys.platform})", file=out, flush=True)
    results = []
    for name, check in checks() if to_run is None else to_run:
        result = run_check(name, check)
        results.append(result)
        print(result.line(), file=out, flush=True)
    failed = [result.name for result in results if result.outcome is Outcome.FAIL]
    if failed:
        print("broken: " + ", ".join(failed), file=out, flush=True)
        return 1
    print("everything needed to run was found", file=out, flush=True)
    return 0
