"""Unit tests need no display: Qt draws offscreen (set before any test imports Qt). The
language fixtures shared by the tests of Thai, Japanese and pseudo-translated windows."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from omise_tray.app.accounts import Accounts
    from omise_tray.i18n.translators import Translations
    from omise_tray.storage.secrets import SecretStore
    from tests.support.accounts_ui import Keeping

os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(scope="session")
def catalogue_cache(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the real catalogues are compiled, once for the whole run."""
    return tmp_path_factory.mktemp("catalogues")


@pytest.fixture(scope="session")
def pseudo_catalogue(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's strings, each wrapped in ⟦ ⟧, compiled once for the whole run."""
    from omise_tray.i18n.linguist import write_pseudo

    return write_pseudo(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(pseudo_catalogue: Path, tmp_path: Path) -> Iterator[Translations]:
    """The pseudo catalogue installed for one test: untranslated text stands out."""
    from omise_tray.i18n.catalogues import Catalogues
    from omise_tray.i18n.translators import Translations

    translations = Translations(Catalogues(tmp_path / "cache"))
    translations.use([pseudo_catalogue])
    yield translations
    translations.clear()


@pytest.fixture
def keeping(tmp_path: Path) -> Iterator[Keeping]:
    """The app's account keeper over a settings file in a temporary folder."""
    from tests.support.accounts_ui import Keeping

    keeping = Keeping(tmp_path / "settings.json")
    yield keeping
    keeping.stop()


@pytest.fixture
def keeper(keeping: Keeping, secrets: SecretStore) -> Accounts:
    """The keeper started over the test module's own `secrets`."""
    return keeping.start(secrets)
