"""The catalogues' tool chain: pyside6-lupdate extraction, the committed .ts files, the CI
check, a pseudo-translation for tests, and pyside6-lrelease compilation.

    python -m omise_tray.i18n.linguist update     # refresh the .ts files from the code
    python -m omise_tray.i18n.linguist check      # CI: fail on a missing or unfinished string
    python -m omise_tray.i18n.linguist pseudo DIR # write and compile a ⟦marked⟧ catalogue

pyside6-lupdate finds the strings. Its Python reader has a flaw this module makes up for: it
takes the count in `translate("Ctx", "%n min ago", None, count)` for the old encoding
argument, so it never marks a message as plural, and merging into a .ts file then drops the
plural forms already translated. So lupdate only extracts (into an empty file); the merge
into the committed files is done here, and a message whose text holds %n is plural. The
check also reads the code itself and reports any translate() call lupdate could not read.

The .ts files carry no source locations (-locations none), so moving code leaves them alone;
a `#:` comment above a call gives the translator its context instead.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import string
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree import ElementTree

from omise_tray.core.localized import Language
from omise_tray.i18n.catalogues import APP_CATALOGUE, QT_WORDS_CATALOGUE, TRANSLATIONS_DIR

PACKAGE_DIR = Path(__file__).resolve().parent.parent
QT_WORDS_LANGUAGES = (Language.THAI,)
PSEUDO_CATALOGUE = "omise_tray_pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
# Qt's plural rules: English has two forms, Thai and Japanese one.
PLURAL_FORMS = {Language.ENGLISH: 2, Language.THAI: 1, Language.JAPANESE: 1}
TS_LANGUAGE = {Language.ENGLISH: "en_US", Language.THAI: "th_TH", Language.JAPANESE: "ja_JP"}
# translate() reads every string; "translatable" marks one for a table without Qt (core/).
TRANSLATE_CALLS = frozenset({"translate", "QT_TRANSLATE_NOOP", "translatable"})
LUPDATE_OPTIONS = (
    "-locations",
    "none",
    "-no-obsolete",
    "-silent",
    "-tr-function-alias",
    "QT_TRANSLATE_NOOP+=translatable",
)
UPDATE_COMMAND = "scripts/translations update"

Key = tuple[str, str, str]  # context, source text, disambiguation


class ToolError(RuntimeError):
    """A Qt Linguist tool is missing or failed; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Message:
    """One string of a .ts file and its translation (one text per plural form if plural)."""

    context: str
    source: str
    comment: str = ""  # the disambiguation, part of the key
    extra_comment: str = ""  # a note for translators, from a `#:` comment in the code
    translator_comment: str = ""
    numerus: bool = False
    translations: tuple[str, ...] = ("",)
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    def describe(self) -> str:
        where = f"{self.context}: {self.source!r}"
        return f"{where} ({self.comment})" if self.comment else where


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The messages of one .ts file, in file order, and the language it declares."""

    language: str
    messages: tuple[Message, ...] = field(default=())

    def by_key(self) -> dict[Key, Message]:
        return {message.key: message for message in self.messages}


def catalogue_path(name: str, language: Language, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"{name}_{language.value}.ts"


# --- the tools ------------------------------------------------------------------------------


def qt_tool(name: str) -> str:
    """The pyside6-<name> command of PySide6-Essentials: beside this Python, else on PATH."""
    script = f"pyside6-{name}"
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"{script}{suffix}"
    if beside.is_file():
        return str(beside)
    found = shutil.which(script)
    if found is None:
        raise ToolError(f"{script} was not found; it comes with PySide6-Essentials.")
    return found


def _run(command: Sequence[str]) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise ToolError(f"{command[0]} could not run: {exc}") from exc
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()
        raise ToolError(f"{Path(command[0]).name} failed ({result.returncode}): {output}")


def compile_catalogue(source: Path, target: Path) -> None:
    """Compile a .ts file into a .qm file with pyside6-lrelease."""
    _run([qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)])


def catalogue_sources(directory: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Every committed .ts file."""
    return sorted(directory.glob("*.ts"))


def compile_all(destination: Path, directory: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile every committed catalogue into destination (the build's copy of the package)."""
    destination.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in catalogue_sources(directory):
        target = destination / f"{source.stem}.qm"
        compile_catalogue(source, target)
        compiled.append(target)
    return compiled


def python_sources(package: Path = PACKAGE_DIR) -> list[Path]:
    """The package's Python files, which lupdate reads."""
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def extract(sources: Sequence[Path]) -> list[Message]:
    """The strings pyside6-lupdate finds in the sources; those holding %n are plural."""
    with tempfile.TemporaryDirectory(prefix="omise-tray-lupdate-") as folder:
        listing = Path(folder) / "sources.lst"
        listing.write_text("".join(f"{path}\n" for path in sources), encoding="utf-8")
        extracted = Path(folder) / "extracted.ts"
        _run([qt_tool("lupdate"), *LUPDATE_OPTIONS, f"@{listing}", "-ts", str(extracted)])
        messages = read_ts(extracted).messages
    return [replace(message, numerus="%n" in message.source) for message in messages]


# --- reading and writing .ts files ----------------------------------------------------------


def read_ts(path: Path) -> Catalogue:
    """Parse a Qt Linguist .ts file; obsolete and vanished messages count as unfinished."""
    root = ElementTree.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            texts: tuple[str, ...] = ("",)
            finished = False
            if translation is not None:
                if numerus:
                    texts = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    texts = (translation.text or "",)
                finished = translation.get("type") is None
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment") or "",
                    extra_comment=element.findtext("extracomment") or "",
                    translator_comment=element.findtext("translatorcomment") or "",
                    numerus=numerus,
                    translations=texts or ("",),
                    finished=finished,
                )
            )
    return Catalogue(root.get("language", ""), tuple(messages))


def _escape(text: str) -> str:
    """Text as lupdate writes it: XML's five entities, control characters as references."""
    escaped = []
    for char in text:
        if char in _ENTITIES:
            escaped.append(_ENTITIES[char])
        elif (ord(char) < 0x20 and char not in "\n\t") or (ord(char) > 0x7F and char.isspace()):
            escaped.append(f"&#x{ord(char):x};")
        else:
            escaped.append(char)
    return "".join(escaped)


_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def _message_lines(message: Message) -> Iterator[str]:
    yield '    <message numerus="yes">' if message.numerus else "    <message>"
    yield f"        <source>{_escape(message.source)}</source>"
    for tag, text in (
        ("comment", message.comment),
        ("extracomment", message.extra_comment),
        ("translatorcomment", message.translator_comment),
    ):
        if text:
            yield f"        <{tag}>{_escape(text)}</{tag}>"
    state = "" if message.finished else ' type="unfinished"'
    if message.numerus:
        yield f"        <translation{state}>"
        for form in message.translations:
            yield f"            <numerusform>{_escape(form)}</numerusform>"
        yield "        </translation>"
    else:
        yield f"        <translation{state}>{_escape(message.translations[0])}</translation>"
    yield "    </message>"


def ts_text(catalogue: Catalogue) -> str:
    """The catalogue in lupdate's own layout (contexts sorted, messages in code order)."""
    contexts: dict[str, list[Message]] = {}
    for message in catalogue.messages:
        contexts.setdefault(message.context, []).append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{catalogue.language}" sourcelanguage="en">',
    ]
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for message in contexts[name]:
            lines += _message_lines(message)
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_ts(path: Path, catalogue: Catalogue) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ts_text(catalogue), encoding="utf-8", newline="\n")


# --- merging the extracted strings into the committed catalogues ----------------------------


def merged(
    extracted: Iterable[Message], committed: Catalogue | None, language: Language
) -> Catalogue:
    """The catalogue for `language`: the extracted strings, keeping every translation the
    committed file has for the same string; new strings come in unfinished. English keeps
    only the plural strings: any other English text is the source text itself."""
    prior = committed.by_key() if committed is not None else {}
    messages = [
        _carried_over(message, prior.get(message.key), language)
        for message in extracted
        if message.numerus or language is not Language.ENGLISH
    ]
    return Catalogue(TS_LANGUAGE[language], tuple(messages))


def _carried_over(message: Message, old: Message | None, language: Language) -> Message:
    """The extracted message with the committed translation of the same string, if it fits."""
    forms = PLURAL_FORMS[language] if message.numerus else 1
    if old is not None and len(old.translations) == forms and old.numerus == message.numerus:
        return replace(
            message,
            translations=old.translations,
            finished=old.finished,
            translator_comment=old.translator_comment,
        )
    # A string that became plural (or stopped being) keeps its old text as a draft.
    kept = old.translations if old is not None else ()
    texts = tuple((*kept, *([""] * forms))[:forms]) if any(kept) else ("",) * forms
    return replace(message, translations=texts, finished=False)


def _committed(path: Path) -> Catalogue | None:
    return read_ts(path) if path.is_file() else None


def update(directory: Path = TRANSLATIONS_DIR, package: Path = PACKAGE_DIR) -> list[Path]:
    """Refresh the app's .ts files from the code; returns the files written."""
    extracted = extract(python_sources(package))
    written = []
    for language in Language:
        path = catalogue_path(APP_CATALOGUE, language, directory)
        write_ts(path, merged(extracted, _committed(path), language))
        written.append(path)
    return written


# --- the check ------------------------------------------------------------------------------


def _fields(text: str) -> set[str]:
    """The {name} fields, Qt's %1..%99 and %n a text holds: a translation keeps them all."""
    found = {"%n"} if "%n" in text else set()
    found |= {f"%{n}" for n in range(1, 100) if f"%{n}" in text}
    try:
        found |= {f"{{{name}}}" for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        found.add("(unbalanced braces)")
    return found


def _has_mnemonic(text: str) -> bool:
    return "&" in text.replace("&&", "")


def translation_problems(message: Message, forms: int) -> list[str]:
    """What is wrong with one message's translation, as sentences (empty when all is well)."""
    problems = []
    if message.numerus and len(message.translations) != forms:
        problems.append(f"has {len(message.translations)} plural forms instead of {forms}")
    if not message.finished or not all(message.translations):
        problems.append("is unfinished")
        return problems
    for text in message.translations:
        if _fields(text) != _fields(message.source):
            problems.append(
                f"translation {text!r} must keep {sorted(_fields(message.source))} exactly"
            )
        if _has_mnemonic(message.source) and not _has_mnemonic(text):
            problems.append(f"translation {text!r} lost the keyboard shortcut (&)")
    return problems


def catalogue_problems(path: Path, expected: Sequence[Message], language: Language) -> list[str]:
    """How a committed catalogue differs from the strings the code has, or is unfinished."""
    if not path.is_file():
        return [f"{path.name} is missing: run {UPDATE_COMMAND}"]
    committed = read_ts(path)
    found = committed.by_key()
    wanted = {message.key: message for message in expected}
    problems = [
        f"{path.name} lacks {message.describe()}: run {UPDATE_COMMAND}"
        for key, message in wanted.items()
        if key not in found
    ]
    problems += [
        f"{path.name} holds {message.describe()}, which the code no longer has: "
        f"run {UPDATE_COMMAND}"
        for key, message in found.items()
        if key not in wanted
    ]
    for key, message in found.items():
        if key in wanted and wanted[key].numerus != message.numerus:
            problems.append(f"{path.name}: {message.describe()} must be plural: run update")
            continue
        problems += [
            f"{path.name}: {message.describe()} {problem}"
            for problem in translation_problems(message, PLURAL_FORMS[language])
        ]
    return problems


@dataclass(frozen=True, slots=True)
class TranslateCall:
    """A translate() call with a literal context, as the code writes it."""

    path: Path
    line: int
    key: Key


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _where(path: Path, line: int) -> str:
    shown = (
        path.relative_to(PACKAGE_DIR.parent) if path.is_relative_to(PACKAGE_DIR.parent) else path
    )
    return f"{shown}:{line}"


def read_calls(path: Path) -> tuple[list[TranslateCall], list[str]]:
    """The file's translate() calls with literal contexts, and the calls written in a way
    lupdate or Qt cannot use (as sentences with the file and line)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    calls, problems = [], []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = _where(path, node.lineno)
        if name == "tr" and isinstance(node.func, ast.Attribute):
            problems.append(
                f"{where}: tr() takes its context from the class at run time; write "
                'QCoreApplication.translate("Context", "text") instead'
            )
            continue
        if name not in TRANSLATE_CALLS or len(node.args) < 2:
            continue
        context = _literal(node.args[0])
        if context is None:
            continue  # a generic pass-through (translate(context, text)), not a string
        text = _literal(node.args[1])
        comment = _literal(node.args[2]) if len(node.args) > 2 else ""
        if text is None:
            problems.append(f"{where}: the text must be one string literal (no f-string or +)")
            continue
        if node.keywords:
            problems.append(
                f"{where}: pass disambiguation and n by position; lupdate skips keywords"
            )
        if comment is None and not (
            isinstance(node.args[2], ast.Constant) and node.args[2].value is None
        ):
            problems.append(f"{where}: the disambiguation must be a string literal or None")
        counted = len(node.args) >= 4 or any(word.arg == "n" for word in node.keywords)
        if "%n" in text and not counted and name == "translate":
            problems.append(f"{where}: {text!r} holds %n, so pass the count as the 4th argument")
        calls.append(TranslateCall(path, node.lineno, (context, text, comment or "")))
    return calls, problems


def code_problems(sources: Sequence[Path], extracted: Sequence[Message]) -> list[str]:
    """translate() calls lupdate could not read (so their strings would never be translated)."""
    found = {message.key for message in extracted}
    problems = []
    for path in sources:
        calls, unusable = read_calls(path)
        problems += unusable
        problems += [
            f"{_where(call.path, call.line)}: pyside6-lupdate cannot "
            "read this call; give the count as a plain name (count = len(items)) and the "
            "arguments by position"
            for call in calls
            if call.key not in found
        ]
    return problems


def check(directory: Path = TRANSLATIONS_DIR, package: Path = PACKAGE_DIR) -> list[str]:
    """Everything that keeps the catalogues from matching the code, as sentences."""
    sources = python_sources(package)
    extracted = extract(sources)
    problems = code_problems(sources, extracted)
    for language in Language:
        expected = merged(extracted, None, language).messages
        path = catalogue_path(APP_CATALOGUE, language, directory)
        problems += catalogue_problems(path, expected, language)
    for language in QT_WORDS_LANGUAGES:
        path = catalogue_path(QT_WORDS_CATALOGUE, language, directory)
        if not path.is_file():
            problems.append(f"{path.name} is missing")
            continue
        problems += [
            f"{path.name}: {message.describe()} {problem}"
            for message in read_ts(path).messages
            for problem in translation_problems(message, PLURAL_FORMS[language])
        ]
    return problems


# --- pseudo-translation ---------------------------------------------------------------------


def pseudo_catalogue(messages: Iterable[Message]) -> Catalogue:
    """Every string wrapped in ⟦ ⟧, so a test can spot text that bypassed the catalogues."""
    wrapped = tuple(
        replace(
            message,
            translations=(f"{PSEUDO_OPEN}{message.source}{PSEUDO_CLOSE}",),
            finished=True,
        )
        for message in messages
    )
    # Japanese has one plural form, so the single wrapped form serves every count.
    return Catalogue(TS_LANGUAGE[Language.JAPANESE], wrapped)


def write_pseudo(destination: Path, sources: Sequence[Path] | None = None) -> Path:
    """Write and compile the pseudo catalogue of the code's strings (the package's, unless
    `sources` are given) and of Qt's dialog words; returns the .qm file."""
    messages = extract(python_sources() if sources is None else sources)
    qt_words = catalogue_path(QT_WORDS_CATALOGUE, Language.THAI)
    if qt_words.is_file():
        messages += read_ts(qt_words).messages
    source = destination / f"{PSEUDO_CATALOGUE}.ts"
    write_ts(source, pseudo_catalogue(messages))
    compiled = destination / f"{PSEUDO_CATALOGUE}.qm"
    compile_catalogue(source, compiled)
    return compiled


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/translations", description="Keep the translation catalogues in step."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="refresh the .ts files from the code")
    commands.add_parser("check", help="fail on a string missing from or unfinished in a .ts")
    pseudo = commands.add_parser("pseudo", help="write a compiled pseudo catalogue")
    pseudo.add_argument("destination", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            for path in update():
                print(f"wrote {os.path.relpath(path)}")
            return 0
        if args.command == "pseudo":
            print(write_pseudo(args.destination))
            return 0
        problems = check()
    except ToolError as exc:
        print(exc, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"translations: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("translations: the catalogues match the code and are complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
