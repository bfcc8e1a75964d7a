"""`omise-tray accounts` end to end: real subprocesses, the real Secret Service, the simulator."""

from __future__ import annotations

import json
import os
import pty
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from omise_tray.simulator import Simulator
from omise_tray.storage.secrets import SERVICE
from tests.support.keyrings import keyring_lookup
from tests.support.shops import two_shops

pytestmark = pytest.mark.desktop

REPO = Path(__file__).resolve().parents[2]
TEST_KEY = "skey_test_5q1clishopbangkok7"
# The simulator's live-mode shop needs a live-shaped key; this one is obviously made up.
LIVE_KEY = "skey_FAKELIVEsimulatorcli01"
UNKNOWN_KEY = "skey_test_5q1clinosuchshop00"
PUBLIC_KEY = "pkey_test_5q1clishopbangkok7"
ALL_KEYS = (TEST_KEY, LIVE_KEY, UNKNOWN_KEY)


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(two_shops(TEST_KEY, LIVE_KEY)) as sim:
        yield sim


@dataclass
class Cli:
    """Runs `python -m omise_tray` with its folders in a temporary home; remembers every output."""

    home: Path
    env: dict[str, str]
    outputs: list[str] = field(default_factory=list)

    def __call__(
        self, *args: str, stdin: str = "", extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "omise_tray", *args],
            input=stdin,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            check=False,
            timeout=90,
            cwd=self.home,
        )
        self.outputs += [result.stdout, result.stderr]
        return result

    def settings(self) -> dict[str, object]:
        path = self.home / "config" / "omise-tray" / "settings.json"
        document: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        return document

    def account_ids(self) -> list[str]:
        accounts = self.settings()["accounts"]
        assert isinstance(accounts, list)
        return [str(account["id"]) for account in accounts]

    def assert_no_key_anywhere(self) -> None:
        """No key in any output and in no file the app wrote (config, data, state, cache)."""
        for output in self.outputs:
            for key in ALL_KEYS:
                assert key not in output
        files = [path for path in self.home.rglob("*") if path.is_file()]
        for path in files:
            content = path.read_bytes()
            for key in ALL_KEYS:
                assert key.encode() not in content, f"{path} holds a key"


@pytest.fixture
def cli(desktop_session: dict[str, str], simulator: Simulator, tmp_path: Path) -> Iterator[Cli]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("OMISE_", "XDG_", "PYTHON_KEYRING"))
    }
    env.update(desktop_session)
    env.update(
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        OMISE_API_BASE=simulator.base_url,
        PYTHONPATH=str(REPO),
    )
    runner = Cli(tmp_path, env)
    yield runner
    settings_file = tmp_path / "config" / "omise-tray" / "settings.json"
    for account_id in runner.account_ids() if settings_file.exists() else []:
        subprocess.run(
            ["secret-tool", "clear", "service", SERVICE, "username", account_id],
            check=False,
            timeout=30,
        )


def test_add_list_balance_rename_and_remove_an_account(cli: Cli) -> None:
    empty = cli("accounts", "list")
    assert empty.returncode == 0
    assert "No accounts yet" in empty.stdout

    added = cli("accounts", "add", "Bangkok", "--key-stdin", stdin=TEST_KEY + "\n")
    assert added.returncode == 0, added.stderr
    assert "Found shop@example.com · TH · THB · test mode" in added.stdout
    assert "Added Bangkok; its key is kept in the keyring (Secret Service)." in added.stdout
    [bangkok] = cli.account_ids()
    assert keyring_lookup(bangkok) == TEST_KEY

    live = cli("accounts", "add", "Tokyo", "--key-stdin", stdin=LIVE_KEY)
    assert live.returncode == 0, live.stderr
    assert "Found tokyo@example.com · JP · JPY · live mode" in live.stdout

    listing = cli("accounts", "list")
    assert listing.returncode == 0
    lines = [line.split() for line in listing.stdout.splitlines()]
    assert lines[0] == ["NAME", "MODE", "CURRENCY", "KEY", "KEPT", "IN"]
    assert lines[1] == [
        "Bangkok",
        "test",
        "THB",
        "skey_test_…kok7",
        "keyring",
        "(Secret",
        "Service)",
    ]
    assert lines[2][:4] == ["Tokyo", "live", "JPY", "skey_…li01"]

    every = cli("balance", "--json")
    assert every.returncode == 0, every.stderr
    balances = json.loads(every.stdout)["balances"]
    assert [(b["account"], b["currency"], b["available"]) for b in balances] == [
        ("Bangkok", "THB", 400_000),
        ("Tokyo", "JPY", 90_000),
    ]
    one = cli("balance", "--json", "--account", "tokyo")
    assert [b["account"] for b in json.loads(one.stdout)["balances"]] == ["Tokyo"]

    renamed = cli("accounts", "rename", "Bangkok", "Bangkok Coffee")
    assert renamed.returncode == 0
    assert cli.account_ids()[0] == bangkok
    assert keyring_lookup(bangkok) == TEST_KEY

    unconfirmed = cli("accounts", "remove", "Bangkok Coffee")
    assert unconfirmed.returncode == 2
    assert "add --yes" in unconfirmed.stderr
    assert keyring_lookup(bangkok) == TEST_KEY

    removed = cli("accounts", "remove", "Bangkok Coffee", "--yes")
    assert removed.returncode == 0, removed.stderr
    assert keyring_lookup(bangkok) is None
    assert len(cli.account_ids()) == 1
    cli.assert_no_key_anywhere()


def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@pytest.mark.parametrize(
    ("key", "extra_env", "status", "sentence"),
    [
        (UNKNOWN_KEY, {}, 3, "Omise rejected the secret key"),
        (PUBLIC_KEY, {}, 2, "This is a public key"),
        ("", {}, 2, "This is not an Omise secret key"),
        (TEST_KEY, {"OMISE_API_BASE": "closed"}, 1, "Could not reach Omise (connection refused)"),
        (TEST_KEY, {"OMISE_API_BASE": "http://example.com"}, 2, "Refusing to send the secret key"),
        (
            TEST_KEY,
            {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
            2,
            "No secure keyring was found",
        ),
    ],
)
def test_add_refuses_with_one_sentence_and_the_documented_status(
    cli: Cli, key: str, extra_env: dict[str, str], status: int, sentence: str
) -> None:
    if extra_env.get("OMISE_API_BASE") == "closed":
        extra_env = {"OMISE_API_BASE": closed_port()}
    result = cli("accounts", "add", "Shop", "--key-stdin", stdin=key, extra_env=extra_env)
    assert result.returncode == status
    assert sentence in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (cli.home / "config" / "omise-tray" / "settings.json").exists()
    cli.assert_no_key_anywhere()


def test_the_refusal_of_an_insecure_keyring_says_a_command_cannot_keep_a_session_key(
    cli: Cli,
) -> None:
    result = cli(
        "accounts",
        "add",
        "Shop",
        "--key-stdin",
        stdin=TEST_KEY,
        extra_env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 2
    assert "will not store your secret key in a plain file" in result.stderr
    assert "A command cannot keep a key for a session" in result.stderr


def test_a_name_in_use_or_unknown_is_a_usage_error(cli: Cli) -> None:
    assert cli("accounts", "add", "Shop", "--key-stdin", stdin=TEST_KEY).returncode == 0
    again = cli("accounts", "add", "shop", "--key-stdin", stdin=TEST_KEY)
    assert again.returncode == 2
    assert "an account is already called shop" in again.stderr
    unknown = cli("accounts", "remove", "Nowhere", "--yes")
    assert unknown.returncode == 2
    assert "No account is called Nowhere" in unknown.stderr
    missing = cli("balance", "--account", "Nowhere")
    assert missing.returncode == 2
    cli.assert_no_key_anywhere()


def test_a_key_is_never_taken_from_the_command_line(cli: Cli) -> None:
    result = cli("accounts", "add", "Shop", TEST_KEY)
    assert result.returncode == 2
    assert "never taken from the command line" in result.stderr
    cli.assert_no_key_anywhere()


def run_in_terminal(cli: Cli, args: list[str], answer: str) -> tuple[int, str]:
    """Run the command on a pseudo-terminal, type `answer` at its prompt, return all it showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "omise_tray", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=cli.env,
        cwd=cli.home,
        start_new_session=True,
    )
    os.close(follower)
    shown, typed = b"", False
    give_up = time.monotonic() + 90
    while time.monotonic() < give_up:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closes when the command exits
                break
            if not chunk:
                break
            shown += chunk
            if not typed and b"(input hidden)" in shown:
                os.write(leader, answer.encode() + b"\n")
                typed = True
        elif process.poll() is not None:
            break
    os.close(leader)
    text = shown.decode(errors="replace")
    cli.outputs.append(text)
    return process.wait(timeout=30), text


def test_add_asks_for_the_key_on_the_terminal_without_echo(cli: Cli) -> None:
    status, shown = run_in_terminal(cli, ["accounts", "add", "Bangkok"], TEST_KEY)
    assert status == 0, shown
    assert "Secret key for Bangkok (input hidden):" in shown
    assert "Added Bangkok" in shown
    [account_id] = cli.account_ids()
    assert keyring_lookup(account_id) == TEST_KEY
    cli.assert_no_key_anywhere()


def keyring_entries() -> list[str]:
    """The username (account id) of every omise-tray entry, as secret-tool lists them."""
    result = subprocess.run(
        ["secret-tool", "search", "--all", "service", SERVICE],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    prefix = "attribute.username = "
    return [line[len(prefix) :] for line in result.stderr.splitlines() if line.startswith(prefix)]


def test_the_same_key_twice_is_refused_naming_the_account_and_kept_once(cli: Cli) -> None:
    assert cli("accounts", "add", "Bangkok Coffee", "--key-stdin", stdin=TEST_KEY).returncode == 0
    [account_id] = cli.account_ids()
    assert cli.settings()["accounts"][0]["omise_account_id"]  # type: ignore[index]
    before = keyring_entries().count(account_id)

    again = cli("accounts", "add", "Second shop", "--key-stdin", stdin=TEST_KEY)
    assert again.returncode == 2
    assert again.stderr == (
        "omise-tray: This key belongs to Bangkok Coffee, already added. To give it this key "
        "instead, run: omise-tray accounts set-key 'Bangkok Coffee'\n"
    )
    assert cli.account_ids() == [account_id]
    assert keyring_entries().count(account_id) == before == 1
    assert len(keyring_entries()) == len(set(keyring_entries()))
    balances = json.loads(cli("balance", "--json").stdout)["balances"]
    assert [b["available"] for b in balances] == [400_000]
    cli.assert_no_key_anywhere()


def test_set_key_replaces_the_key_of_the_same_account_only(cli: Cli) -> None:
    assert cli("accounts", "add", "Bangkok", "--key-stdin", stdin=TEST_KEY).returncode == 0
    assert cli("accounts", "add", "Tokyo", "--key-stdin", stdin=LIVE_KEY).returncode == 0
    bangkok, tokyo = cli.account_ids()

    same = cli("accounts", "set-key", "bangkok", "--key-stdin", stdin=TEST_KEY)
    assert same.returncode == 0, same.stderr
    assert "Changed the secret key of Bangkok" in same.stdout
    assert keyring_lookup(bangkok) == TEST_KEY
    assert cli.account_ids() == [bangkok, tokyo]

    other = cli("accounts", "set-key", "Bangkok", "--key-stdin", stdin=LIVE_KEY)
    assert other.returncode == 2
    assert "This key belongs to another Omise account (tokyo@example.com, live mode), not to " \
        "Bangkok" in other.stderr  # fmt: skip
    assert keyring_lookup(bangkok) == TEST_KEY

    rejected = cli("accounts", "set-key", "Bangkok", "--key-stdin", stdin=UNKNOWN_KEY)
    assert rejected.returncode == 3
    assert rejected.stderr.startswith(
        "omise-tray: Omise rejected the secret key, so the key of Bangkok was not changed."
    )
    assert "update it in this app" not in rejected.stderr
    assert keyring_lookup(bangkok) == TEST_KEY
    cli.assert_no_key_anywhere()


def test_a_rejected_key_says_so_and_nothing_is_added(cli: Cli) -> None:
    result = cli("accounts", "add", "Shop", "--key-stdin", stdin=UNKNOWN_KEY)
    assert result.returncode == 3
    assert result.stderr.startswith(
        "omise-tray: Omise rejected the secret key, so Shop was not added. Copy the secret key "
        "again from Dashboard"
    )
    assert "this app" not in result.stderr


def test_an_older_file_with_the_same_account_twice_is_counted_once_and_listed(cli: Cli) -> None:
    assert cli("accounts", "add", "Bangkok", "--key-stdin", stdin=TEST_KEY).returncode == 0
    document = cli.settings()
    entries = document["accounts"]
    assert isinstance(entries, list)
    [entry] = entries
    assert isinstance(entry, dict)
    older = {k: v for k, v in entry.items() if k != "omise_account_id"}
    twin = {**older, "id": "0123456789ab", "name": "Bangkok again"}
    path = cli.home / "config" / "omise-tray" / "settings.json"
    path.write_text(json.dumps({**document, "accounts": [older, twin]}), encoding="utf-8")
    subprocess.run(
        ["secret-tool", "store", "--label=twin", "service", SERVICE, "username", twin["id"]],
        input=TEST_KEY,
        text=True,
        check=True,
        timeout=30,
    )

    balances = json.loads(cli("balance", "--json").stdout)["balances"]
    assert [(b["account"], b["available"]) for b in balances] == [("Bangkok", 400_000)]
    listing = cli("accounts", "list")
    assert "Bangkok again is the same Omise account as Bangkok, so it is counted once; " \
        "remove it with: omise-tray accounts remove 'Bangkok again'" in listing.stdout  # fmt: skip

    removed = cli("accounts", "remove", "Bangkok again", "--yes")
    assert removed.returncode == 0, removed.stderr
    assert keyring_lookup(twin["id"]) is None
    assert cli.account_ids() == [entry["id"]]
    assert keyring_lookup(entry["id"]) == TEST_KEY


def test_orphaned_keys_are_listed_and_removed_and_no_other(cli: Cli) -> None:
    assert cli("accounts", "add", "Bangkok", "--key-stdin", stdin=TEST_KEY).returncode == 0
    [bangkok] = cli.account_ids()
    # Entries this test did not make (another test's, or a real user's) must survive it: the
    # settings refer to each of them, so none is an orphan.
    others = [i for i in keyring_entries() if i != bangkok]
    document = cli.settings()
    document["accounts"] = [  # type: ignore[operator]
        *document["accounts"],  # type: ignore[misc]
        *({"id": i, "name": f"Kept {n}"} for n, i in enumerate(others)),
    ]
    path = cli.home / "config" / "omise-tray" / "settings.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    orphans = ["orphan0000a1", "orphan0000b2"]
    for orphan in orphans:
        subprocess.run(
            ["secret-tool", "store", "--label=orphan", "service", SERVICE, "username", orphan],
            input=UNKNOWN_KEY,
            text=True,
            check=True,
            timeout=30,
        )

    listed = cli("accounts", "orphans")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "2 keys in the keyring belong to no account:",
        "  orphan0000a1",
        "  orphan0000b2",
        "Delete them with: omise-tray accounts orphans --remove",
    ]
    assert all(keyring_lookup(o) == UNKNOWN_KEY for o in orphans)

    cleaned = cli("accounts", "orphans", "--remove")
    assert cleaned.returncode == 0, cleaned.stderr
    assert cleaned.stdout == "Deleted 2 keys that no account used from the keyring.\n"
    assert all(keyring_lookup(o) is None for o in orphans)
    assert keyring_lookup(bangkok) == TEST_KEY
    assert set(others) <= set(keyring_entries())
    again = cli("accounts", "orphans")
    assert again.stdout == "Every key Omise Tray keeps in the keyring belongs to an account.\n"


def test_orphans_are_never_judged_against_a_damaged_settings_file(cli: Cli) -> None:
    assert cli("accounts", "add", "Bangkok", "--key-stdin", stdin=TEST_KEY).returncode == 0
    [bangkok] = cli.account_ids()
    path = cli.home / "config" / "omise-tray" / "settings.json"
    readable = path.read_bytes()
    path.write_bytes(b"\xff" + readable)
    result = cli("accounts", "orphans", "--remove")
    assert result.returncode == 2
    assert "nothing was deleted" in result.stderr
    assert keyring_lookup(bangkok) == TEST_KEY
    path.write_bytes(readable)  # for the fixture's clean-up


def test_a_settings_file_that_is_not_utf8_is_kept_aside_and_every_command_goes_on(
    cli: Cli,
) -> None:
    path = cli.home / "config" / "omise-tray" / "settings.json"
    path.parent.mkdir(parents=True)
    damaged = b'{"accounts": [{"id": "a1", "name": "Caf\xe9"}]}'
    path.write_bytes(damaged)
    listing = cli("accounts", "list")
    assert listing.returncode == 0
    assert "No accounts yet" in listing.stdout
    [kept] = path.parent.glob("settings.json.corrupt-*")
    assert kept.read_bytes() == damaged
    assert listing.stderr == (
        "omise-tray: Your settings file was damaged (it is not UTF-8 text), so the defaults "
        f"are in use.\nomise-tray: The damaged file was kept as {kept.name}.\n"
    )
    assert "unexpected error" not in listing.stderr
    again = cli("balance", "--json")
    assert json.loads(again.stdout)["balances"] == []
    assert "damaged" not in again.stderr  # told once


def test_a_keyring_that_cannot_list_is_said_to(cli: Cli) -> None:
    result = cli(
        "accounts",
        "orphans",
        extra_env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 2
    assert "No secure keyring was found" in result.stderr
