"""The dialogs and the sentences they show, in Thai and Japanese: the Accounts dialog and its
form in every state, the payout check's answers, typed-amount problems and every failure a
window can report read in the language, no text of theirs bypasses the catalogues
(pseudo-translation), and an open dialog follows a language change at once. The key checks go
to the simulator over loopback; the keyring is a backend in memory dressed as the Secret
Service (tests/integration has the real one)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from omise_tray import APP_ID
from omise_tray.app.accounts import Accounts
from omise_tray.config import ApiEndpoint
from omise_tray.core.advice import Operation
from omise_tray.core.balance import Balance
from omise_tray.core.errors import (
    ADDRESS_PARTS_CODE,
    API_VERSION_CODE,
    BAD_ADDRESS_CODE,
    NO_KEY_CODE,
    NOT_A_KEY_CODE,
    PLAIN_HTTP_CODE,
    PUBLIC_KEY_CODE,
    UNEXPECTED_CODE,
    ErrorKind,
    KeyringNotice,
    KeyringTrouble,
    failure_sentence,
)
from omise_tray.core.localized import Language, english
from omise_tray.core.money import AmountError, parse_amount
from omise_tray.i18n.translators import Translations
from omise_tray.simulator import Simulator
from omise_tray.storage.secrets import SecretStore
from omise_tray.storage.settings import AccountSettings, Settings
from omise_tray.ui.account_form import AccountForm
from omise_tray.ui.accounts_dialog import AccountsDialog
from omise_tray.ui.payout_check import PayoutAccount, PayoutCheckDialog
from tests.support.accounts_ui import (
    Keeping,
    closed_port_endpoint,
    enter,
    open_dialog,
    open_form,
    row_texts,
    wait_for_status,
)
from tests.support.keyrings import secret_service
from tests.support.languages import changing_language, speaking
from tests.support.pseudo import shown_strings, unmarked_texts
from tests.support.shops import two_shops

TH, JA = Language.THAI, Language.JAPANESE
TEST_KEY = "skey_test_5r7dialogshopth01x"
LIVE_KEY = "skey_FAKELIVEsimulatordialog2"
UNKNOWN_KEY = "skey_test_5r7nosuchaccount99"
PUBLIC_KEY = "pkey_test_5r7dialogshopth01x"

# Words of the dialogs' own English phrases and sentences: none may be left in Thai or Japanese.
ENGLISH_PHRASES = (
    "Account",
    "Accounts",
    "Add",
    "Edit",
    "Remove",
    "Move",
    "Name",
    "Mode",
    "Currency",
    "Secret key",
    "Kept in",
    "keyring",
    "session",
    "missing",
    "unknown",
    "duplicate",
    "Check",
    "Checking",
    "Paste",
    "Save",
    "Cancel",
    "Close",
    "Found",
    "live",
    "test mode",
    "rejected",
    "Could not",
    "try again",
    "Enter",
    "Transfer",
    "Refund",
    "Amount",
    "Fee",
    "Buffer",
    "optional",
    "transferable",
    "available",
    "Yes",
    "No",
    "short",
    "after",
    "payout",
    "smaller",
    "number",
    "decimal",
    "negative",
    "minor unit",
    "Wait",
    "Give",
    "trouble",
    "refused",
    "request",
    "answer",
    "connection",
    "proxy",
    "address",
    "stored",
    "public key",
    "cancelled",
)
_PHRASE = re.compile(r"\b(" + "|".join(map(re.escape, ENGLISH_PHRASES)) + r")\b", re.IGNORECASE)
# Names and codes, not words: the accounts', the simulator's shops', the currencies', the API's.
NAMES = (
    "Bangkok again",
    "Bangkok",
    "Tokyo",
    "Omise",
    "shop@example.com",
    "tokyo@example.com",
    APP_ID,
    "Secret Service",
    "KWallet",
    "macOS Keychain",
    "Windows Credential Locker",
    "keyrings.alt.file.PlaintextKeyring",
    "HTTPS_PROXY",
    "NO_PROXY",
    "HTTPS",
    "HTTP",
    "https://api.omise.co",
    "https://",
    "http://",
    "localhost",
    "skey_test_",
    "skey_",
    "Keys",
    "THB",
    "JPY",
    "TH",
    "JP",
)
# A masked key ("skey_test_…h01x") is a code too.
_NAMES = re.compile(r"skey_(?:test_)?…\w+|" + "|".join(map(re.escape, NAMES)))


def english_left(strings: Iterator[str]) -> list[str]:
    return sorted({text for text in strings if _PHRASE.search(_NAMES.sub("", text))})


def only_names(text: str) -> bool:
    return not any(char.isalpha() for char in _NAMES.sub("", text))


def reads_in(language: Language, text: str) -> bool:
    """Whether the text is written in the language's own script."""
    if language is TH:
        return any("\u0e00" <= char <= "\u0e7f" for char in text)
    return any("\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" for char in text)


# -- sentences -----------------------------------------------------------------------------

FAILURES = [
    (ErrorKind.CONFIGURATION, NO_KEY_CODE, None, None),
    (ErrorKind.CONFIGURATION, PUBLIC_KEY_CODE, None, None),
    (ErrorKind.CONFIGURATION, NOT_A_KEY_CODE, None, None),
    (ErrorKind.CONFIGURATION, BAD_ADDRESS_CODE, None, None),
    (ErrorKind.CONFIGURATION, ADDRESS_PARTS_CODE, None, None),
    (ErrorKind.CONFIGURATION, PLAIN_HTTP_CODE, None, None),
    (ErrorKind.CONFIGURATION, API_VERSION_CODE, None, None),
    (ErrorKind.CONFIGURATION, None, None, None),
    (ErrorKind.AUTH, None, 401, None),
    (ErrorKind.RATE_LIMITED, None, 429, None),
    *((ErrorKind.NETWORK, code, None, None) for code in ("reset", "proxy", "tls", "timeout")),
    *((ErrorKind.NETWORK, code, None, None) for code in ("connect_timeout", "dns", "refused")),
    (ErrorKind.NETWORK, "cancelled", None, None),
    (ErrorKind.NETWORK, None, None, None),
    (ErrorKind.SERVER, None, 503, None),
    (ErrorKind.SERVER, None, None, None),
    (ErrorKind.INVALID_RESPONSE, "truncated", None, None),
    (ErrorKind.INVALID_RESPONSE, UNEXPECTED_CODE, None, None),
    (ErrorKind.INVALID_RESPONSE, None, 200, None),
    (ErrorKind.REQUEST, "not_found", 404, "transfer xyz was not found"),
    (ErrorKind.REQUEST, None, 400, None),
]


def test_every_failure_kind_has_a_sentence_of_its_own() -> None:
    kinds = {kind for kind, *_ in FAILURES}
    assert kinds == set(ErrorKind)
    sentences = [
        failure_sentence(k, english, code=c, status=s, server_text=t) for k, c, s, t in FAILURES
    ]
    assert len(set(sentences)) == len(sentences)


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize(("kind", "code", "status", "server_text"), FAILURES)
def test_every_failure_reads_in_thai_and_japanese(
    catalogue_cache: Path,
    language: Language,
    *,
    kind: ErrorKind,
    code: str | None,
    status: int | None,
    server_text: str | None,
) -> None:
    with speaking(language, catalogue_cache):
        sentence = failure_sentence(
            kind, QCoreApplication.translate, code=code, status=status, server_text=server_text
        )
    assert reads_in(language, sentence)
    # The server's own words stay as Omise wrote them, quoted inside the translated sentence.
    words = sentence.replace(server_text, "") if server_text else sentence
    assert english_left(iter([words])) == []
    if status is not None and kind in (ErrorKind.SERVER, ErrorKind.REQUEST):
        assert str(status) in sentence
    if server_text:
        assert f"“{server_text}”" in sentence


def test_the_english_sentences_are_the_clients_own() -> None:
    """The window's English is what the client says to the CLI and the log."""
    assert failure_sentence(ErrorKind.NETWORK, english, code="dns") == (
        "Could not reach Omise (its address could not be looked up). Check your internet "
        "connection and try again."
    )
    assert failure_sentence(ErrorKind.SERVER, english, status=502) == (
        "Omise is having trouble right now (HTTP 502); try again in a few minutes."
    )


def notice_of(trouble: KeyringTrouble) -> KeyringNotice:
    return KeyringNotice(
        trouble,
        keyring="keyrings.alt.file.PlaintextKeyring"
        if trouble in (KeyringTrouble.FILE_ON_DISK, KeyringTrouble.NOT_SECURE)
        else "Secret Service",
        account="Bangkok",
        service=APP_ID,
    )


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("trouble", list(KeyringTrouble))
def test_every_keyring_notice_reads_in_thai_and_japanese(
    catalogue_cache: Path, language: Language, trouble: KeyringTrouble
) -> None:
    notice = notice_of(trouble)
    with speaking(language, catalogue_cache):
        sentence = notice.sentence(QCoreApplication.translate)
    assert reads_in(language, sentence)
    assert english_left(iter([sentence])) == []
    for fact in (notice.keyring, notice.account, notice.service):
        if fact in notice.english:
            assert fact in sentence


def test_the_keyring_notices_keep_the_english_the_cli_prints() -> None:
    assert KeyringNotice(KeyringTrouble.NONE_FOUND).english == (
        "No secure keyring was found (no Secret Service, KWallet, macOS Keychain or Windows "
        "Credential Locker answered). Omise Tray will not store your secret key in a plain "
        "file. You can keep the key for this session only; you will be asked again next time."
    )
    assert len({notice_of(t).english for t in KeyringTrouble}) == len(KeyringTrouble)


AMOUNTS = [
    ("lots", "THB"),
    ("1.5", "JPY"),
    ("1.234", "THB"),
    ("99999999999999999999", "THB"),
    ("-5", "THB"),
]


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize(("typed", "currency"), AMOUNTS)
def test_an_unreadable_amount_is_explained_in_thai_and_japanese(
    catalogue_cache: Path, language: Language, typed: str, currency: str
) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(typed, currency)
    with speaking(language, catalogue_cache):
        sentence = caught.value.sentence(QCoreApplication.translate)
    assert reads_in(language, sentence)
    assert english_left(iter([sentence])) == []
    assert str(caught.value) == caught.value.sentence(english)  # the CLI's English stays


def test_the_amount_problems_in_japanese(catalogue_cache: Path) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount("1.5", "JPY")
    with speaking(JA, catalogue_cache):
        sentence = caught.value.sentence(QCoreApplication.translate)
    assert sentence == "JPY には補助単位がありません。整数で入力してください。"


# -- the payout check ------------------------------------------------------------------------

BANGKOK = PayoutAccount("Bangkok", Balance("THB", True, 20_000_00, 12_000_00, 10_000_00))
TOKYO = PayoutAccount("Tokyo", Balance("JPY", False, 90_000, 80_000, 80_000))


def payout_states() -> list[tuple[str, Callable[[PayoutCheckDialog], None]]]:
    def typed(
        amount: str, buffer: str = "", operation: Operation = Operation.TRANSFER
    ) -> Callable[[PayoutCheckDialog], None]:
        def fill(dialog: PayoutCheckDialog) -> None:
            dialog.operation_box.setCurrentIndex(dialog.operation_box.findData(operation))
            dialog.buffer_field.setText(buffer)
            dialog.amount_field.setText(amount)

        return fill

    return [
        ("empty", typed("")),
        ("fits", typed("1,000")),
        ("short", typed("100,000")),
        ("too-small", typed("1")),
        ("unreadable", typed("lots")),
        ("bad-buffer", typed("1,000", "x")),
        ("buffer", typed("1,000", "500")),
        ("refund", typed("500", "", Operation.REFUND)),
        ("refund-short", typed("50,000", "", Operation.REFUND)),
    ]


def open_payout_check(qtbot: QtBot) -> PayoutCheckDialog:
    dialog = PayoutCheckDialog([replace(BANGKOK, min_payout=20_00), TOKYO], Settings())
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize(("state", "fill"), payout_states())
def test_the_payout_check_speaks_thai_and_japanese(
    qtbot: QtBot,
    catalogue_cache: Path,
    language: Language,
    state: str,
    fill: Callable[[PayoutCheckDialog], None],
) -> None:
    with speaking(language, catalogue_cache):
        dialog = open_payout_check(qtbot)
        fill(dialog)
        assert reads_in(language, dialog.answer())
        assert english_left(shown_strings(dialog)) == []


@pytest.mark.parametrize(("state", "fill"), payout_states())
def test_no_text_of_the_payout_check_bypasses_the_catalogues(
    qtbot: QtBot, pseudo: Translations, state: str, fill: Callable[[PayoutCheckDialog], None]
) -> None:
    dialog = open_payout_check(qtbot)
    fill(dialog)
    assert unmarked_texts(dialog, allowed=only_names) == []


# -- the Accounts dialog and its form ------------------------------------------------------


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(two_shops(TEST_KEY, LIVE_KEY)) as sim:
        yield sim


@pytest.fixture
def endpoint(simulator: Simulator) -> ApiEndpoint:
    simulator.clear_faults()
    return ApiEndpoint(base=simulator.base_url)


@pytest.fixture
def secrets() -> SecretStore:
    return SecretStore.for_backend(secret_service())  # type: ignore[arg-type]


FormState = Callable[[QtBot, Accounts, ApiEndpoint], AccountForm]


def fresh(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    return open_form(qtbot, keeper, endpoint)


def named_only(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    form = open_form(qtbot, keeper, endpoint)
    form.name_edit.setText("Bangkok")
    return form


def public_key(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Bangkok", PUBLIC_KEY)
    return form


def not_a_key(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Bangkok", "hello")
    return form


def checking(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Bangkok", TEST_KEY)
    assert form.status.property("state") == "busy"
    return form


def accepted(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "ok")
    return form


def stopped(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Bangkok", TEST_KEY)
    form.stop_checking()
    return form


def rejected(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    form = open_form(qtbot, keeper, endpoint)
    enter(form, "Bangkok", UNKNOWN_KEY)
    wait_for_status(qtbot, form, "error")
    return form


def unreachable(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    form = open_form(qtbot, keeper, closed_port_endpoint())
    enter(form, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "error")
    return form


def bad_version(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    """OMISE_API_VERSION is not a date: the key cannot be checked, and the form says why."""
    form = open_form(qtbot, keeper, endpoint._replace(version="soon"))
    enter(form, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, form, "error")
    return form


def already_added(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    first = open_form(qtbot, keeper, endpoint)
    enter(first, "Bangkok", TEST_KEY)
    wait_for_status(qtbot, first, "ok")
    found = first._verified[1] if first._verified else None
    assert found is not None
    settings = Settings(accounts=(replace(found, id="a1", name="Bangkok"),))
    form = open_form(qtbot, keeper, endpoint, settings=settings)
    enter(form, "Tokyo", TEST_KEY)
    wait_for_status(qtbot, form, "error")
    assert form.offer_button.isVisible()
    return form


def editing(qtbot: QtBot, keeper: Accounts, endpoint: ApiEndpoint) -> AccountForm:
    account = AccountSettings(id="a1", name="Bangkok", currency="THB", livemode=False)
    return open_form(
        qtbot,
        keeper,
        endpoint,
        account,
        Settings(accounts=(account,)),
        masked_key="skey_test_•••1x",
    )


FORM_STATES: list[FormState] = [
    fresh,
    named_only,
    public_key,
    not_a_key,
    checking,
    accepted,
    stopped,
    rejected,
    unreachable,
    bad_version,
    already_added,
    editing,
]


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("state", FORM_STATES, ids=lambda state: state.__name__)
def test_the_account_form_speaks_thai_and_japanese(
    qtbot: QtBot,
    catalogue_cache: Path,
    *,
    keeper: Accounts,
    endpoint: ApiEndpoint,
    language: Language,
    state: FormState,
) -> None:
    with speaking(language, catalogue_cache):
        form = state(qtbot, keeper, endpoint)
        assert reads_in(language, form.status.text())
        if not form.save_button.isEnabled():
            assert reads_in(language, form.save_reason.text())
        assert english_left(shown_strings(form)) == []


@pytest.mark.parametrize("state", FORM_STATES, ids=lambda state: state.__name__)
def test_no_text_of_the_account_form_bypasses_the_catalogues(
    qtbot: QtBot, pseudo: Translations, *, keeper: Accounts, endpoint: ApiEndpoint, state: FormState
) -> None:
    form = state(qtbot, keeper, endpoint)
    assert unmarked_texts(form, allowed=only_names) == []


def test_the_found_account_reads_in_japanese(
    qtbot: QtBot, catalogue_cache: Path, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    with speaking(JA, catalogue_cache):
        form = accepted(qtbot, keeper, endpoint)
        assert form.status.text() == "shop@example.com · TH · THB · テストモード が見つかりました"


DialogState = Callable[[QtBot, Keeping, SecretStore, ApiEndpoint], AccountsDialog]


def empty_list(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> AccountsDialog:
    return open_dialog(qtbot, keeping, secrets, endpoint, Settings())


def with_duplicate(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> AccountsDialog:
    first = AccountSettings(
        id="a1", name="Bangkok", livemode=False, currency="THB", email="shop@example.com"
    )
    twin = replace(first, id="a2", name="Bangkok again")
    other = AccountSettings(id="a3", name="Tokyo", livemode=True, currency="JPY")
    lost = AccountSettings(id="a4", name="Tokyo", livemode=None, key_storage="session")
    secrets.set("a1", TEST_KEY)
    secrets.set("a2", TEST_KEY)
    secrets.set("orphan", TEST_KEY)
    dialog = open_dialog(
        qtbot,
        keeping,
        secrets,
        endpoint,
        Settings(accounts=(first, twin, other, replace(lost, name="Bangkok 2"))),
    )
    assert dialog.duplicates_note.isVisible()
    return dialog


def orphans_found(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> AccountsDialog:
    dialog = with_duplicate(qtbot, keeping, secrets, endpoint)
    dialog.confirm_orphans = lambda count: False  # type: ignore[method-assign]
    dialog.find_orphans()
    qtbot.waitUntil(dialog.orphans_button.isEnabled, timeout=20_000)
    return dialog


DIALOG_STATES: list[DialogState] = [empty_list, with_duplicate, orphans_found]


@pytest.mark.parametrize("language", [TH, JA])
@pytest.mark.parametrize("state", DIALOG_STATES, ids=lambda state: state.__name__)
def test_the_accounts_dialog_speaks_thai_and_japanese(
    qtbot: QtBot,
    catalogue_cache: Path,
    *,
    keeping: Keeping,
    secrets: SecretStore,
    endpoint: ApiEndpoint,
    language: Language,
    state: DialogState,
) -> None:
    with speaking(language, catalogue_cache):
        dialog = state(qtbot, keeping, secrets, endpoint)
        assert english_left(shown_strings(dialog)) == []


@pytest.mark.parametrize("state", DIALOG_STATES, ids=lambda state: state.__name__)
def test_no_text_of_the_accounts_dialog_bypasses_the_catalogues(
    qtbot: QtBot,
    pseudo: Translations,
    *,
    keeping: Keeping,
    secrets: SecretStore,
    endpoint: ApiEndpoint,
    state: DialogState,
) -> None:
    dialog = state(qtbot, keeping, secrets, endpoint)
    assert unmarked_texts(dialog, allowed=only_names) == []


# -- a language change while a dialog is open ------------------------------------------------


def words_in(language: Language, widget: QWidget) -> None:
    """The widget speaks the language: no English phrase of the dialogs is left in it."""
    assert english_left(shown_strings(widget)) == [], language


def texts(widget: QWidget) -> list[str]:
    return sorted(shown_strings(widget))


@pytest.mark.parametrize(("state", "fill"), payout_states())
def test_an_open_payout_check_follows_a_language_change_and_keeps_what_was_typed(
    qtbot: QtBot, catalogue_cache: Path, state: str, fill: Callable[[PayoutCheckDialog], None]
) -> None:
    with changing_language(catalogue_cache) as speak:
        speak(Language.ENGLISH)
        dialog = open_payout_check(qtbot)
        fill(dialog)
        english = texts(dialog)
        typed = (dialog.amount_field.text(), dialog.buffer_field.text())
        operation = dialog.operation
        for language in (TH, JA):
            speak(language)
            words_in(language, dialog)
            assert reads_in(language, dialog.answer())
            assert reads_in(language, dialog.operation_box.currentText())
        assert (dialog.amount_field.text(), dialog.buffer_field.text()) == typed
        assert dialog.operation is operation
        speak(Language.ENGLISH)
        assert texts(dialog) == english


def test_an_open_payout_check_writes_yen_as_the_language_does(
    qtbot: QtBot, catalogue_cache: Path
) -> None:
    with changing_language(catalogue_cache) as speak:
        speak(Language.ENGLISH)
        dialog = open_payout_check(qtbot)
        dialog.account_box.setCurrentIndex(1)  # Tokyo, in yen
        dialog.amount_field.setText("1,000")
        assert "¥1,000" in dialog.answer()
        speak(JA)
        assert "1,000円" in dialog.answer() and "¥" not in dialog.answer()
        assert dialog.account_box.currentText() == "Tokyo · JPY · テスト"


# States whose answers have all come: a check in flight would answer in the middle.
SETTLED_FORM_STATES = [state for state in FORM_STATES if state is not checking]


@pytest.mark.parametrize("state", SETTLED_FORM_STATES, ids=lambda state: state.__name__)
def test_an_open_account_form_follows_a_language_change_without_checking_again(
    qtbot: QtBot,
    catalogue_cache: Path,
    *,
    keeper: Accounts,
    endpoint: ApiEndpoint,
    state: FormState,
) -> None:
    with changing_language(catalogue_cache) as speak:
        speak(Language.ENGLISH)
        form = state(qtbot, keeper, endpoint)
        english = texts(form)
        typed = (form.name_edit.text(), form.key_edit.text())
        status = form.status.property("state")
        for language in (TH, JA):
            speak(language)
            words_in(language, form)
            assert reads_in(language, form.status.text())
            if not form.save_button.isEnabled():
                assert reads_in(language, form.save_reason.text())
            # Nothing typed is lost, and the key is not sent to Omise again.
            assert (form.name_edit.text(), form.key_edit.text()) == typed
            assert form.status.property("state") == status
            assert not form.checker.busy
        speak(Language.ENGLISH)
        assert texts(form) == english


def test_an_open_account_form_says_its_offer_in_the_new_language(
    qtbot: QtBot, catalogue_cache: Path, keeper: Accounts, endpoint: ApiEndpoint
) -> None:
    with changing_language(catalogue_cache) as speak:
        speak(Language.ENGLISH)
        form = already_added(qtbot, keeper, endpoint)
        assert form.offer_button.text() == "Use this key for Bangkok"
        speak(JA)
        assert form.offer_button.text() != "Use this key for Bangkok"
        assert reads_in(JA, form.offer_button.text()) and "Bangkok" in form.offer_button.text()
        form.use_key_for_existing()
        assert form.windowTitle() == QCoreApplication.translate("AccountForm", "Edit account")
        speak(TH)
        assert reads_in(TH, form.windowTitle()) and reads_in(TH, form.status.text())
        assert "Bangkok" in form.status.text()


def form_open(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> AccountsDialog:
    """The list with the Add form open over it, a name typed and its key refused by Omise."""
    dialog = with_duplicate(qtbot, keeping, secrets, endpoint)
    dialog.add_account()
    assert dialog.form is not None
    enter(dialog.form, "Chiang Mai", UNKNOWN_KEY)
    wait_for_status(qtbot, dialog.form, "error")
    return dialog


def removal_refused(
    qtbot: QtBot, keeping: Keeping, secrets: SecretStore, endpoint: ApiEndpoint
) -> AccountsDialog:
    """A removal the settings file did not take: the sentence under the list says why."""
    dialog = with_duplicate(qtbot, keeping, secrets, endpoint)
    dialog.confirm_removal = lambda account: True  # type: ignore[method-assign]
    keeping.path.unlink()
    keeping.path.mkdir()  # a folder where the settings file should go: saving it fails
    dialog.remove_selected()
    qtbot.waitUntil(dialog.message.isVisible, timeout=20_000)
    return dialog


LIVE_DIALOG_STATES: list[DialogState] = [*DIALOG_STATES, form_open, removal_refused]


@pytest.mark.parametrize("state", LIVE_DIALOG_STATES, ids=lambda state: state.__name__)
def test_an_open_accounts_dialog_follows_a_language_change(
    qtbot: QtBot,
    catalogue_cache: Path,
    *,
    keeping: Keeping,
    secrets: SecretStore,
    endpoint: ApiEndpoint,
    state: DialogState,
) -> None:
    with changing_language(catalogue_cache) as speak:
        speak(Language.ENGLISH)
        dialog = state(qtbot, keeping, secrets, endpoint)
        english = texts(dialog)
        rows = row_texts(dialog)
        selected = dialog.selected_account()
        for language in (TH, JA):
            speak(language)
            words_in(language, dialog)
            if dialog.message.isVisible():
                assert reads_in(language, dialog.message.text())
            if dialog.form is not None:
                words_in(language, dialog.form)
                assert dialog.form.name_edit.text() == "Chiang Mai"
            # The list keeps its accounts, their keys as read and the selection.
            assert [row[3] for row in row_texts(dialog)] == [row[3] for row in rows]
            assert dialog.selected_account() == selected
        speak(Language.ENGLISH)
        assert texts(dialog) == english
