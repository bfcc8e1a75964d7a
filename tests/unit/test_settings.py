"""Settings: typed fields that never let a bad value through, a damaged file kept aside, writes
that apply only their own change, and each Omise account counted once."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from omise_tray.config import DEFAULT_INTERVAL, LOOPBACK_MIN_INTERVAL, OMISE_MIN_INTERVAL
from omise_tray.core.alerts import AccountAlertState, AlertKind, AlertRules, on_balance
from omise_tray.core.balance import Balance
from omise_tray.core.portfolio import AccountRules
from omise_tray.storage import settings as settings_module
from omise_tray.storage.fields import Limits
from omise_tray.storage.settings import (
    AccountConflictError,
    AccountSettings,
    FileStamp,
    Settings,
    SettingsStore,
    find_duplicate,
    find_orphans,
    key_opens,
    merge,
    read_settings,
    settings_document,
    with_new_key,
)

LIMITS = Limits(interval_floor=OMISE_MIN_INTERVAL)
SHOP = {"id": "a1", "name": "Bangkok Coffee", "currency": "THB", "livemode": False}


def write(path: Path, document: object) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


def test_missing_file_gives_defaults_without_a_notice(tmp_path: Path) -> None:
    loaded = SettingsStore(tmp_path / "settings.json").load()
    assert loaded.settings == Settings()
    assert loaded.notices == ()
    assert loaded.problem is None


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    account = AccountSettings(
        id="a1",
        name="Bangkok Coffee",
        livemode=False,
        currency="THB",
        email="shop@example.com",
        country="TH",
        low=100_000,
        critical=50_000,
        watched="total",
        notifications=False,
        key_storage="session",
        omise_account_id="acct_5abc",
    )
    settings = Settings(
        interval_seconds=120,
        api_version="2017-11-02",
        accounts=(account,),
        notifications_paused=True,
        quiet_hours_start=22,
        quiet_hours_end=7,
        launch_at_login=True,
        window_geometry="01d9d0cb",
        transfer_fees={"THB": 3000},
        payout_buffer={"JPY": 500},
    )
    store.save(settings)
    loaded = store.load()
    assert loaded.settings == settings
    assert loaded.notices == ()


# -- damaged files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"{not json", "it is not valid JSON"),
        (b"", "it is not valid JSON"),
        (b"[]", "it does not hold a JSON object"),
        (b'"text"', "it does not hold a JSON object"),
        (b"\x00\x01binary", "it is not valid JSON"),
        (b'{"interval_seconds": 300, "accounts": [{"name": "Caf\xe9"}]}', "not UTF-8 text"),
        (b"\xff\xfe{\x00}\x00", "it is not UTF-8 text"),
        (b"[" * 100_000, "it is nested too deeply"),
    ],
    ids=["truncated", "empty", "list", "string", "binary", "latin-1", "utf-16", "deep"],
)
def test_a_damaged_file_is_kept_aside_once_and_the_defaults_used(
    tmp_path: Path, content: bytes, why: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = SettingsStore(path).load()
    assert loaded.settings == Settings()
    assert len(loaded.notices) == 1
    assert loaded.notices[0].field is None
    assert why in loaded.notices[0].reason
    [kept] = tmp_path.glob("settings.json.corrupt-*")
    assert kept.read_bytes() == content
    assert loaded.kept_as == kept
    assert loaded.problem is not None
    assert "damaged" in loaded.problem and kept.name in loaded.problem
    assert not path.exists()
    again = SettingsStore(path).load()
    assert (again.settings, again.notices) == (Settings(), ())


def test_a_second_damaged_file_in_the_same_second_does_not_overwrite_the_first(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    for content in (b"\xff one", b"\xff two"):
        path.write_bytes(content)
        SettingsStore(path).load()
    kept = sorted(p.read_bytes() for p in tmp_path.glob("settings.json.corrupt-*"))
    assert kept == [b"\xff one", b"\xff two"]


def test_a_byte_order_mark_from_notepad_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"interval_seconds": 600}).encode())
    loaded = SettingsStore(path).load()
    assert (loaded.settings.interval_seconds, loaded.notices) == (600, ())


def test_a_write_never_replaces_a_damaged_file_it_could_not_keep_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rename that fails (a read-only folder) cannot be staged for root, who runs CI here.
    monkeypatch.setattr(settings_module, "keep_aside", lambda path: None)
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff damaged")
    store = SettingsStore(path)
    loaded = store.load()
    assert (loaded.settings, len(loaded.notices), loaded.kept_as) == (Settings(), 1, None)
    with pytest.raises(OSError, match="could not be kept aside"):
        store.update(lambda s: replace(s, interval_seconds=600))
    with pytest.raises(OSError, match="could not be kept aside"):
        store.save(Settings(interval_seconds=600))
    assert path.read_bytes() == b"\xff damaged"


# -- hand-edited values --------------------------------------------------------------------


HAND_EDITS: list[tuple[str, dict[str, Any], str, object]] = [
    # (name, document, field of the one notice, value then in use)
    ("hour as text", {"quiet_hours_start": "22"}, "quiet_hours_start", 22),
    ("hour as float", {"quiet_hours_end": 7.0}, "quiet_hours_end", 7),
    ("hour past 23", {"quiet_hours_start": 24}, "quiet_hours_start", None),
    ("hour negative", {"quiet_hours_end": -1}, "quiet_hours_end", None),
    ("hour as words", {"quiet_hours_start": "ten pm"}, "quiet_hours_start", None),
    ("interval as text", {"interval_seconds": "600"}, "interval_seconds", 600),
    ("interval as float", {"interval_seconds": 90.5}, "interval_seconds", DEFAULT_INTERVAL),
    ("interval of 3000000", {"interval_seconds": 3_000_000}, "interval_seconds", DEFAULT_INTERVAL),
    ("interval of 10**15", {"interval_seconds": 10**15}, "interval_seconds", DEFAULT_INTERVAL),
    ("interval negative", {"interval_seconds": -300}, "interval_seconds", DEFAULT_INTERVAL),
    ("interval below a minute", {"interval_seconds": 5}, "interval_seconds", DEFAULT_INTERVAL),
    ("interval null", {"interval_seconds": None}, "interval_seconds", DEFAULT_INTERVAL),
    ("interval true", {"interval_seconds": True}, "interval_seconds", DEFAULT_INTERVAL),
    ("interval infinite", {"interval_seconds": float("inf")}, "interval_seconds", 300),
    ("pause as text", {"notifications_paused": "yes"}, "notifications_paused", True),
    ("pause as number", {"notifications_paused": 2}, "notifications_paused", False),
    ("login null", {"launch_at_login": None}, "launch_at_login", False),
    ("api version not a date", {"api_version": "latest"}, "api_version", "2019-05-29"),
    ("geometry not hex", {"window_geometry": "xyz"}, "window_geometry", None),
    ("fees not an object", {"transfer_fees": [3000]}, "transfer_fees", {}),
    ("fee negative", {"transfer_fees": {"THB": -1, "JPY": 250}}, "transfer_fees.THB", {"JPY": 250}),
    ("fee huge", {"payout_buffer": {"THB": 10**16}}, "payout_buffer.THB", {}),
    ("fee bad currency", {"payout_buffer": {"baht": 100}}, "payout_buffer.baht", {}),
    ("accounts not a list", {"accounts": {"a1": SHOP}}, "accounts", ()),
]

ACCOUNT_EDITS: list[tuple[str, dict[str, Any], str, str, object]] = [
    # (name, fields over SHOP, field of the one notice, attribute, value then in use)
    ("low as text", {"low": "150000"}, "accounts[0].low", "low", 150_000),
    ("low as float", {"low": 1500.5}, "accounts[0].low", "low", None),
    ("low negative", {"low": -5}, "accounts[0].low", "low", None),
    ("low huge", {"low": 10**16}, "accounts[0].low", "low", None),
    ("critical above low", {"low": 100, "critical": 500}, "accounts[0].critical", "critical", None),
    ("watch wrong", {"watched": "transferable"}, "accounts[0].watched", "watched", "available"),
    ("watch capitalised", {"watched": "Total"}, "accounts[0].watched", "watched", "total"),
    ("storage wrong", {"key_storage": "file"}, "accounts[0].key_storage", "key_storage", "keyring"),
    ("mode as text", {"livemode": "false"}, "accounts[0].livemode", "livemode", False),
    ("mode wrong", {"livemode": "prod"}, "accounts[0].livemode", "livemode", None),
    ("currency wrong", {"currency": "baht"}, "accounts[0].currency", "currency", None),
    (
        "notifications null",
        {"notifications": None},
        "accounts[0].notifications",
        "notifications",
        True,
    ),
    ("name with escapes", {"name": "Shop\x1b[2J\u202e"}, "accounts[0].name", "name", "Shop"),
    ("name missing", {"name": None}, "accounts[0].name", "name", "Account 1"),
    ("name too long", {"name": "x" * 500}, "accounts[0].name", "name", "x" * 80),
]


def _one_notice(tmp_path: Path, document: dict[str, Any], field: str) -> Settings:
    path = tmp_path / "settings.json"
    write(path, document)
    loaded = SettingsStore(path).load()
    assert [n.field for n in loaded.notices] == [field], loaded.messages
    assert loaded.notices[0].reason.endswith(".")
    return loaded.settings


@pytest.mark.parametrize(
    ("document", "field", "expected"), [e[1:] for e in HAND_EDITS], ids=[e[0] for e in HAND_EDITS]
)
def test_each_hand_edited_value_gives_valid_settings_and_one_notice(
    tmp_path: Path, document: dict[str, Any], field: str, expected: object
) -> None:
    settings = _one_notice(tmp_path, {"launch_at_login": True, **document}, field)
    name = field.split(".", maxsplit=1)[0]
    assert getattr(settings, name) == expected
    if name != "launch_at_login":
        assert settings.launch_at_login is True  # the rest of the file is kept


@pytest.mark.parametrize(
    ("edit", "field", "attribute", "expected"),
    [e[1:] for e in ACCOUNT_EDITS],
    ids=[e[0] for e in ACCOUNT_EDITS],
)
def test_each_hand_edited_account_value_gives_valid_settings_and_one_notice(
    tmp_path: Path, edit: dict[str, Any], field: str, attribute: str, expected: object
) -> None:
    settings = _one_notice(tmp_path, {"accounts": [{**SHOP, **edit}]}, field)
    [account] = settings.accounts
    assert getattr(account, attribute) == expected
    assert account.id == "a1"


@pytest.mark.parametrize("edit", [e[1] for e in ACCOUNT_EDITS], ids=[e[0] for e in ACCOUNT_EDITS])
def test_an_alert_still_fires_with_each_hand_edited_account_value(
    tmp_path: Path, edit: dict[str, Any]
) -> None:
    """The loaded values go the way the app's alert path takes them (currency rules, then
    the alert engine) without raising, and an empty balance raises its critical alert."""
    path = tmp_path / "settings.json"
    write(path, {"quiet_hours_start": "22", "accounts": [{**SHOP, **edit}]})
    [account] = SettingsStore(path).load().settings.accounts
    rules = AccountRules.for_currency(
        account.currency or "THB", low=account.low, critical=account.critical,
        watched=account.watched,
    )  # fmt: skip
    alert_rules = AlertRules(
        low=rules.thresholds.low,
        critical=rules.thresholds.critical,
        watched=rules.watched,
        notifications_enabled=account.notifications,
    )
    empty = Balance(currency="THB", livemode=False, total=0, available=0, transferable=0)
    _, alerts = on_balance(
        AccountAlertState(), alert_rules, empty, datetime.now(UTC),
        account_id=account.id, account_label=account.name,
    )  # fmt: skip
    assert [a.kind for a in alerts] == [AlertKind.CRITICAL]


def test_a_notice_is_a_sentence_saying_what_was_wrong_and_what_is_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write(path, {"interval_seconds": 3_000_000, "quiet_hours_start": "22"})
    assert SettingsStore(path).load().messages[:2] == (
        'The setting "interval_seconds" (how often balances are checked) is 3000000, longer '
        "than 24 hours (86400 seconds), so the default, 300 seconds, is used.",
        'The setting "quiet_hours_start" (when quiet hours start) is the text "22", text rather '
        "than a number; it was read as 22:00.",
    )


def test_a_key_pasted_into_the_file_never_reaches_a_notice(tmp_path: Path) -> None:
    key = "skey_test_5q1clishopbangkok7"
    path = tmp_path / "settings.json"
    write(path, {"api_version": key})
    loaded = SettingsStore(path).load()
    assert loaded.notices and key not in (loaded.problem or "")


def test_a_mended_file_is_told_once_and_keeps_the_original_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = {"quiet_hours_start": "22", "quiet_hours_end": 6, "accounts": [SHOP]}
    write(path, original)
    first = SettingsStore(path).load()
    assert len(first.notices) == 1
    [kept] = tmp_path.glob("settings.json.invalid-*")
    assert json.loads(kept.read_text()) == original
    assert first.messages[-1] == f"Your settings file as it was is kept as {kept.name}."
    assert json.loads(path.read_text())["quiet_hours_start"] == 22
    second = SettingsStore(path).load()
    assert (second.settings, second.notices) == (first.settings, ())


def test_the_interval_floor_follows_the_api_in_use(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write(path, {"interval_seconds": 5})
    simulator = SettingsStore(path, interval_floor=LOOPBACK_MIN_INTERVAL).load()
    assert (simulator.settings.interval_seconds, simulator.notices) == (5, ())
    omise = SettingsStore(path, interval_floor=OMISE_MIN_INTERVAL).load()
    assert omise.settings.interval_seconds == DEFAULT_INTERVAL


# -- unknown fields and sharing the file ---------------------------------------------------


def test_fields_this_version_does_not_know_are_written_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write(
        path,
        {
            "future_setting": {"nested": [1, 2]},
            "accounts": [{**SHOP, "future_account_field": "kept"}],
        },
    )
    store = SettingsStore(path)
    store.load()
    store.update(lambda s: replace(s, interval_seconds=600))
    store.save(replace(store.load().settings, notifications_paused=True))
    document = json.loads(path.read_text())
    assert document["future_setting"] == {"nested": [1, 2]}
    assert document["accounts"][0]["future_account_field"] == "kept"
    assert (document["interval_seconds"], document["notifications_paused"]) == (600, True)


def test_update_applies_its_change_to_the_file_as_it_is_now(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    app, command = SettingsStore(path), SettingsStore(path)
    app.load()
    command.update(lambda s: s.with_account(AccountSettings("b2", "Tokyo")))
    result = app.update(lambda s: replace(s, interval_seconds=900))
    assert [a.id for a in result.settings.accounts] == ["b2"]
    assert result.settings.interval_seconds == 900


def test_a_change_that_raises_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.update(lambda s: s.with_account(AccountSettings("a1", "Shop")))
    before = path.read_bytes()

    def refuse(settings: Settings) -> Settings:
        raise AccountConflictError(settings.accounts[0], "no")

    with pytest.raises(AccountConflictError):
        store.update(refuse)
    assert path.read_bytes() == before


def test_save_applies_only_what_its_caller_changed(tmp_path: Path) -> None:
    """The app holds the settings it loaded; an account added meanwhile by the command line,
    and a rename made there, survive the app saving a threshold change."""
    path = tmp_path / "settings.json"
    SettingsStore(path).save(Settings(accounts=(AccountSettings("a1", "Shop"),)))
    app = SettingsStore(path)
    held_by_app = app.load().settings
    command = SettingsStore(path)
    command.update(lambda s: s.with_account(AccountSettings("b2", "Tokyo")))
    command.update(lambda s: s.with_account(replace(s.accounts[0], name="Bangkok Coffee")))
    app.save(held_by_app.with_account(replace(held_by_app.accounts[0], low=5000)))
    saved = SettingsStore(path).load().settings
    assert [(a.id, a.name, a.low) for a in saved.accounts] == [
        ("a1", "Bangkok Coffee", 5000),
        ("b2", "Tokyo", None),
    ]
    assert app.changed_elsewhere(), "the app must reload to see the command's changes"


def test_merge_removes_adds_and_reorders_as_the_caller_did() -> None:
    a, b, c, d = (AccountSettings(i, i.upper()) for i in "abcd")
    base = Settings(accounts=(a, b, c))
    mine = Settings(accounts=(c, a), interval_seconds=600)  # removed b, moved c up
    theirs = Settings(accounts=(a, b, c, d), quiet_hours_start=22)  # d added elsewhere
    merged = merge(base, mine, theirs)
    assert [x.id for x in merged.accounts] == ["c", "a", "d"]
    assert (merged.interval_seconds, merged.quiet_hours_start) == (600, 22)


def test_a_removal_elsewhere_wins_over_an_edit_here() -> None:
    a = AccountSettings("a", "A")
    merged = merge(Settings(accounts=(a,)), Settings(accounts=(replace(a, low=1),)), Settings())
    assert merged.accounts == ()


def test_changes_made_elsewhere_are_noticed_and_own_writes_are_not(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.load()
    assert not store.changed_elsewhere()
    store.update(lambda s: replace(s, interval_seconds=600))
    assert not store.changed_elsewhere()
    stamp = store.stamp
    SettingsStore(path).update(lambda s: replace(s, interval_seconds=900))  # same size
    assert store.changed_elsewhere()
    assert store.changed_since(stamp)
    assert store.load().settings.interval_seconds == 900
    assert not store.changed_elsewhere()
    path.unlink()
    assert store.changed_elsewhere()


def test_a_file_stamp_tells_an_edit_in_place_from_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"interval_seconds": 600}')
    stamp = FileStamp.of(path)
    assert FileStamp.of(path) == stamp
    with path.open("a") as handle:
        handle.write(" ")
    assert FileStamp.of(path) != stamp
    assert FileStamp.of(tmp_path / "missing") is None


def test_writes_leave_only_the_settings_and_their_lock_file(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    for interval in (60, 120, 180):
        store.save(Settings(interval_seconds=interval))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json", "settings.json.lock"]
    for name in ("settings.json", "settings.json.lock"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600


# -- one Omise account, one entry -----------------------------------------------------------


def shop(local_id: str, name: str, **fields: Any) -> AccountSettings:
    values: dict[str, Any] = {
        "livemode": False,
        "currency": "THB",
        "email": "shop@example.com",
        "country": "TH",
        **fields,
    }
    return AccountSettings(local_id, name, **values)


def test_an_older_file_holding_the_same_account_twice_counts_it_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    first, again = shop("a1", "Bangkok Coffee"), shop("a2", "Bangkok Coffee 2")
    tokyo = shop("t1", "Tokyo", email="tokyo@example.com", currency="JPY", country="JP")
    entries = [
        settings_document(Settings(accounts=(a,)))["accounts"][0] for a in (first, again, tokyo)
    ]
    write(path, {"accounts": entries})  # as an older version wrote it
    loaded = SettingsStore(path).load()
    assert [a.id for a in loaded.settings.accounts] == ["a1", "t1"]
    assert [a.id for a in loaded.settings.duplicate_accounts] == ["a2"]
    assert loaded.settings.duplicate_of("a2") == first
    assert loaded.settings.duplicate_of("a1") is None
    assert loaded.notices == ()
    assert [a["id"] for a in json.loads(path.read_text())["accounts"]] == ["a1", "a2", "t1"]
    removed = loaded.settings.without_account("a2")
    assert removed.duplicate_accounts == () and len(removed.accounts) == 2


def known(local_id: str, omise_id: str, **fields: Any) -> AccountSettings:
    """An entry whose Omise account id was fetched when its key was checked."""
    return shop(local_id, local_id.upper(), omise_account_id=omise_id, **fields)


@pytest.mark.parametrize(
    ("existing", "candidate", "same"),
    [
        (known("a", "acct_1"), known("b", "acct_1"), True),
        (known("a", "acct_1"), known("b", "acct_2"), False),
        (known("a", "acct_1"), known("b", "acct_1", livemode=True), False),
        (shop("a", "A"), known("b", "acct_1"), True),  # an older entry
        (shop("a", "A"), shop("b", "B", email="SHOP@example.com"), True),
        (shop("a", "A"), shop("b", "B", currency="SGD", country="SG"), False),
        (shop("a", "A", email=None), shop("b", "B"), False),  # too little known to tell
        (shop("a", "A", livemode=None), shop("b", "B"), False),
    ],
    ids=["same id", "other id", "other mode", "older entry", "email case", "other country",
         "no email", "mode unknown"],
)  # fmt: skip
def test_the_same_omise_account_is_its_id_and_mode(
    existing: AccountSettings, candidate: AccountSettings, same: bool
) -> None:
    found = find_duplicate(Settings(accounts=(existing,)), candidate)
    assert (found == existing) is same


def test_adding_an_account_already_there_is_refused_naming_it() -> None:
    settings = Settings(accounts=(shop("a1", "Bangkok Coffee", omise_account_id="acct_1"),))
    with pytest.raises(AccountConflictError) as refused:
        settings.with_new_account(shop("a2", "Coffee again", omise_account_id="acct_1"))
    assert str(refused.value) == "This key belongs to Bangkok Coffee, already added."
    assert refused.value.existing.id == "a1"
    with pytest.raises(AccountConflictError, match="already called Bangkok Coffee"):
        settings.with_new_account(AccountSettings("a3", "bangkok coffee"))
    added = settings.with_new_account(shop("a4", "Live", omise_account_id="acct_1", livemode=True))
    assert len(added.accounts) == 2


def test_orphans_are_keyring_entries_no_entry_refers_to() -> None:
    settings = Settings(accounts=(shop("a1", "A"), shop("a2", "A again")))
    assert settings.duplicate_accounts  # a duplicate still owns its key
    assert find_orphans(settings, ["a2", "zz", "a1", "yy"]) == ("yy", "zz")


def test_with_account_replaces_in_place_and_without_account_removes() -> None:
    first, second = AccountSettings(id="a", name="A"), AccountSettings(id="b", name="B")
    settings = Settings().with_account(first).with_account(second)
    renamed = settings.with_account(AccountSettings(id="a", name="A2"))
    assert [a.name for a in renamed.accounts] == ["A2", "B"]
    assert [a.id for a in renamed.without_account("a").accounts] == ["b"]
    assert renamed.account_named("a2") is not None


def test_entries_without_an_id_or_with_a_taken_one_or_name() -> None:
    document = {
        "accounts": [
            SHOP,
            {"name": "No id", "currency": "JPY"},
            {"id": "a1", "name": "Same id"},
            {"id": "b1", "name": "bangkok coffee"},
            "garbage",
        ]
    }
    settings, notices = read_settings(document, LIMITS)
    names = [a.name for a in settings.accounts]
    assert names == ["Bangkok Coffee", "No id", "bangkok coffee (2)"]
    assert settings.accounts[1].id and settings.accounts[1].currency == "JPY"
    assert [n.field for n in notices] == [
        "accounts[1].id",
        "accounts[2].id",
        "accounts[3].name",
        "accounts[4]",
    ]


@pytest.mark.parametrize(
    ("entry", "fits"),
    [
        (known("a", "acct_1"), True),
        (known("a", "acct_2"), False),
        (known("a", "acct_1", livemode=True), False),
        (shop("a", "Older entry"), True),
        (shop("a", "Older entry", email="other@example.com"), False),
        (AccountSettings("a", "Never checked"), True),
    ],
    ids=["same account", "other account", "other mode", "older entry", "older, other email",
         "never checked"],
)  # fmt: skip
def test_a_new_key_may_replace_an_entrys_key_only_for_the_same_account(
    entry: AccountSettings, fits: bool
) -> None:
    checked = known("new", "acct_1")
    assert key_opens(entry, checked) is fits


def test_a_new_key_brings_what_omise_said_and_keeps_the_rest() -> None:
    older = replace(shop("a", "Bangkok", low=5000), key_storage="session", email=None)
    given = with_new_key(older, known("checked", "acct_1"))
    assert (given.id, given.name, given.low) == ("a", "Bangkok", 5000)
    assert (given.omise_account_id, given.email, given.key_storage) == (
        "acct_1",
        "shop@example.com",
        "keyring",
    )
