"""What the app's own files have to tell (a damaged settings file, cache or history, a
history that cannot be written) reads whole in Thai and Japanese, and in English as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from omise_tray.core.localized import Language
from omise_tray.core.notices import FileNotice, FileTrouble
from omise_tray.i18n.catalogues import Catalogues
from omise_tray.i18n.linguist import write_pseudo
from omise_tray.i18n.translators import Translations
from omise_tray.storage.settings import SettingsStore
from omise_tray.storage.snapshots import SnapshotCache
from tests.support.languages import speaking
from tests.support.pseudo import has_unmarked_words

TH, JA = Language.THAI, Language.JAPANESE
ENGLISH_WORDS = ("settings", "file", "damaged", "kept", "history", "balance", "disk", "folder")


def reads_in(language: Language, text: str) -> bool:
    if language is TH:
        return any("\u0e00" <= char <= "\u0e7f" for char in text)
    return any("\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" for char in text)


def notice_of(trouble: FileTrouble, kept_as: str = "") -> FileNotice:
    return FileNotice(trouble, detail="Permission denied", file="/home/u/.local", kept_as=kept_as)


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("kept_as", ["", "settings.damaged-1.json"], ids=["stayed", "kept"])
@pytest.mark.parametrize("trouble", list(FileTrouble))
def test_every_file_notice_reads_in_thai_and_japanese(
    catalogue_cache: Path, language: Language, trouble: FileTrouble, kept_as: str
) -> None:
    notice = notice_of(trouble, kept_as)
    with speaking(language, catalogue_cache):
        sentence = notice.sentence(QCoreApplication.translate)
    assert reads_in(language, sentence)
    left = sentence.replace(kept_as, "") if kept_as else sentence
    left = left.replace("Permission denied", "").replace("/home/u/.local", "")
    assert not [word for word in ENGLISH_WORDS if word in left.lower()]
    if kept_as:
        assert kept_as in sentence


def test_the_english_stays_as_the_stores_wrote_it() -> None:
    assert notice_of(FileTrouble.HISTORY_DISK_FULL).english == (
        "The latest balances could not be added to the history: the disk is full. They are "
        "kept and added once /home/u/.local can be written again."
    )
    assert FileNotice(FileTrouble.CACHE_DAMAGED, kept_as="snapshots.damaged.json").english == (
        "The balances saved when Omise Tray last quit could not be read, so the figures appear "
        "after the first check. The damaged file was kept as snapshots.damaged.json."
    )
    assert len({notice_of(t).english for t in FileTrouble}) == len(FileTrouble)


@pytest.mark.parametrize("language", [TH, JA])
def test_a_damaged_settings_file_is_told_in_thai_and_japanese(
    catalogue_cache: Path, tmp_path: Path, language: Language
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    loaded = SettingsStore(path).load()
    assert loaded.kept_as is not None
    with speaking(language, catalogue_cache):
        sentences = loaded.sentences(QCoreApplication.translate)
    assert len(sentences) == len(loaded.messages) == 2
    assert all(reads_in(language, sentence) for sentence in sentences)
    assert loaded.kept_as.name in sentences[-1]
    assert loaded.messages[0].startswith("Your settings file was damaged (")


@pytest.mark.parametrize("language", [TH, JA])
def test_a_damaged_balance_cache_is_told_in_thai_and_japanese(
    catalogue_cache: Path, tmp_path: Path, language: Language
) -> None:
    path = tmp_path / "snapshots.json"
    path.write_text(json.dumps({"broken": True})[:-3], encoding="utf-8")
    cache = SnapshotCache(path)
    assert cache.load() == []
    assert cache.notice is not None and cache.problem == cache.notice.english
    with speaking(language, catalogue_cache):
        sentence = cache.notice.sentence(QCoreApplication.translate)
    assert reads_in(language, sentence)
    assert cache.notice.kept_as and cache.notice.kept_as in sentence


@pytest.mark.parametrize("trouble", list(FileTrouble))
def test_no_file_notice_bypasses_the_catalogues(
    qapp: object, tmp_path: Path, trouble: FileTrouble
) -> None:
    translations = Translations(Catalogues(tmp_path / "cache"))
    translations.use([write_pseudo(tmp_path / "pseudo")])
    try:
        sentence = notice_of(trouble, "kept.json").sentence(QCoreApplication.translate)
    finally:
        translations.clear()
    facts = ("Permission denied", "/home/u/.local", "kept.json")
    for fact in facts:
        sentence = sentence.replace(fact, "")
    assert not has_unmarked_words(sentence)


@pytest.mark.parametrize("language", [TH, JA])
def test_a_mended_setting_is_told_in_the_language_around_the_files_own_words(
    catalogue_cache: Path, tmp_path: Path, language: Language
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"interval_seconds": "soon"}), encoding="utf-8")
    loaded = SettingsStore(path).load()
    field_notice, _kept = loaded.messages
    assert field_notice.startswith('The setting "interval_seconds"')
    with speaking(language, catalogue_cache):
        said, kept_said = loaded.sentences(QCoreApplication.translate)
    assert reads_in(language, said) and reads_in(language, kept_said)
    assert said.endswith(field_notice)  # the file's own terms, quoted after the reader's words
    assert loaded.kept_as is not None and loaded.kept_as.name in kept_said
