"""The command line registers only the sub-commands a run may use."""

from __future__ import annotations

import pytest

from omise_tray.cli import COMMANDS, build_parser, commands_to_register


@pytest.mark.parametrize(
    ("argv", "registered"),
    [
        ([], ()),
        (["--minimized"], ()),
        (["--interval", "60"], ()),
        (["balance", "--json"], ("balance",)),
        (["--interval", "60", "export", "--csv", "x.csv"], ("export",)),
        (["--help"], COMMANDS),
        (["balance", "--help"], ("balance",)),
        (["--help", "balance"], COMMANDS),
        (["nonsense"], COMMANDS),
    ],
)
def test_only_the_named_command_is_registered(argv: list[str], registered: tuple[str, ...]) -> None:
    assert commands_to_register(argv) == registered


def test_a_word_that_is_no_command_is_refused_with_the_list_of_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser(commands_to_register(["nonsense"])).parse_args(["nonsense"])
    listed = "choose from 'balance', 'outlook', 'accounts', 'simulate', 'export'"
    assert listed in capsys.readouterr().err
