"""Settings persist atomically, tolerate garbage field by field, and a corrupt file is set aside."""

import json
from pathlib import Path

import pytest

from omise_tray.storage.settings import AccountSettings, Settings, SettingsStore


def test_missing_file_gives_defaults_without_a_problem(tmp_path: Path) -> None:
    loaded = SettingsStore(tmp_path / "settings.json").load()
    assert loaded.settings == Settings()
    assert loaded.problem is None


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    account = AccountSettings(
        id="a1", name="Bangkok Coffee", livemode=False, currency="THB", low=100_000, critical=50_000
    )
    settings = Settings(interval_seconds=120, accounts=(account,), transfer_fees={"THB": 3000})
    store.save(settings)
    assert store.load().settings == settings


@pytest.mark.parametrize(
    "content",
    ["{not json", "", "[]", '"text"', "\x00\x01binary", "{" * 100_000],
    ids=["truncated", "empty", "list", "string", "binary", "deep"],
)
def test_corrupt_file_is_moved_aside_and_the_user_is_told(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content)
    loaded = SettingsStore(path).load()
    assert loaded.settings == Settings()
    assert loaded.problem is not None and "damaged" in loaded.problem
    kept = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text() == content
    assert not path.exists()


def test_wrong_types_fall_back_per_field_and_keep_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "interval_seconds": "fast",
                "notifications_paused": True,
                "accounts": [
                    {"id": "a1", "name": "Shop", "low": "lots", "currency": "JPY"},
                    {"name": "no id"},
                    "garbage",
                    {"id": "a1", "name": "duplicate id"},
                ],
                "unknown_future_field": 1,
            }
        )
    )
    loaded = SettingsStore(path).load()
    assert loaded.problem is None
    assert loaded.settings.interval_seconds == Settings().interval_seconds
    assert loaded.settings.notifications_paused is True
    assert [(a.id, a.name, a.low, a.currency) for a in loaded.settings.accounts] == [
        ("a1", "Shop", None, "JPY")
    ]


def test_save_leaves_no_temporary_files(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    for interval in (60, 120, 180):
        store.save(Settings(interval_seconds=interval))
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_with_account_replaces_in_place_and_without_account_removes() -> None:
    first, second = AccountSettings(id="a", name="A"), AccountSettings(id="b", name="B")
    settings = Settings().with_account(first).with_account(second)
    renamed = settings.with_account(AccountSettings(id="a", name="A2"))
    assert [a.name for a in renamed.accounts] == ["A2", "B"]
    assert [a.id for a in renamed.without_account("a").accounts] == ["b"]
    assert renamed.account_named("a2") is not None
