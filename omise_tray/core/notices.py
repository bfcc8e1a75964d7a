"""What the app's own files had to tell the merchant (a damaged settings file, a history that
cannot be written), as typed notices that say themselves in the reader's language.

The stores keep the English (`english`) for the log and the commands; a window calls
`sentence(QCoreApplication.translate)` when it shows one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from omise_tray.core.localized import Translate, english


class FileTrouble(StrEnum):
    """What went wrong with one of the app's files."""

    SETTINGS_DAMAGED = "settings_damaged"
    SETTINGS_UNREADABLE = "settings_unreadable"
    SETTINGS_KEPT_DAMAGED = "settings_kept_damaged"  # where the damaged settings file went
    SETTINGS_KEPT_COPY = "settings_kept_copy"  # where the file went before it was mended
    CACHE_DAMAGED = "cache_damaged"
    ALERTS_DAMAGED = "alerts_damaged"
    HISTORY_DAMAGED = "history_damaged"
    HISTORY_IN_MEMORY = "history_in_memory"
    HISTORY_NEWER = "history_newer"
    HISTORY_DISK_FULL = "history_disk_full"
    HISTORY_READ_ONLY = "history_read_only"
    HISTORY_NOT_TAKEN = "history_not_taken"


class FileNotice(NamedTuple):
    """One file's trouble and its facts: `detail` is the system's or the reader's own words
    ("Permission denied", "line 3 column 1"), `file` a file's or folder's name, `kept_as` the
    name a damaged file was kept under ("" when it could not be moved)."""

    trouble: FileTrouble
    detail: str = ""
    file: str = ""
    kept_as: str = ""

    @property
    def english(self) -> str:
        return self.sentence(english)

    def sentence(self, translate: Translate) -> str:
        """The notice in the reader's language."""
        first = self._first(translate)
        if not self.kept_as:
            return first
        #: The sentence that follows one about a damaged file; {file} is a file's name.
        kept = translate("Files", "The damaged file was kept as {file}.").format(file=self.kept_as)
        #: Two sentences in a row: {first} and {second} are whole sentences.
        return translate("Files", "{first} {second}").format(first=first, second=kept)

    def _first(self, translate: Translate) -> str:
        trouble, detail, file = self.trouble, self.detail, self.file
        if trouble is FileTrouble.SETTINGS_DAMAGED:
            #: {detail} is what the reader found wrong, in English ("line 3 column 1").
            line = translate(
                "Files", "Your settings file was damaged ({detail}), so the defaults are in use."
            )
            return line.format(detail=detail)
        if trouble is FileTrouble.SETTINGS_UNREADABLE:
            #: {detail} is the system's reason, such as "Permission denied".
            line = translate(
                "Files",
                "Your settings could not be read ({detail}); the defaults are in use until "
                "they can be.",
            )
            return line.format(detail=detail)
        if trouble is FileTrouble.SETTINGS_KEPT_DAMAGED:
            return translate("Files", "The damaged file was kept as {file}.").format(file=file)
        if trouble is FileTrouble.SETTINGS_KEPT_COPY:
            line = translate("Files", "Your settings file as it was is kept as {file}.")
            return line.format(file=file)
        if trouble is FileTrouble.CACHE_DAMAGED:
            return translate(
                "Files",
                "The balances saved when Omise Tray last quit could not be read, so the "
                "figures appear after the first check.",
            )
        if trouble is FileTrouble.ALERTS_DAMAGED:
            return translate(
                "Files",
                "What Omise Tray remembered about alerts already shown and snoozed could not "
                "be read, so an alert may be shown again.",
            )
        if trouble is FileTrouble.HISTORY_DAMAGED:
            return translate("Files", "Your balance history was damaged, so a new one was started.")
        if trouble is FileTrouble.HISTORY_IN_MEMORY:
            #: {file} is the history file's full path.
            line = translate(
                "Files",
                "Balance history cannot be saved to {file}, so it is kept only until the app "
                "quits. Check that the folder is writable and has free space.",
            )
            return line.format(file=file)
        if trouble is FileTrouble.HISTORY_NEWER:
            return translate(
                "Files",
                "Your balance history was written by a newer version of Omise Tray, so new "
                "balances are not added to it. Update Omise Tray to keep recording.",
            )
        return self._not_written(translate)

    def _not_written(self, translate: Translate) -> str:
        if self.trouble is FileTrouble.HISTORY_DISK_FULL:
            #: {file} is the folder the history file is in.
            line = translate(
                "Files",
                "The latest balances could not be added to the history: the disk is full. "
                "They are kept and added once {file} can be written again.",
            )
        elif self.trouble is FileTrouble.HISTORY_READ_ONLY:
            #: {file} is the folder the history file is in.
            line = translate(
                "Files",
                "The latest balances could not be added to the history: its folder cannot be "
                "written. They are kept and added once {file} can be written again.",
            )
        else:
            #: {file} is the folder the history file is in.
            line = translate(
                "Files",
                "The latest balances could not be added to the history: the disk did not take "
                "the write. They are kept and added once {file} can be written again.",
            )
        return line.format(file=self.file)
