"""Every sub-command and every argument of the command line explains itself in --help."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from omise_tray.cli import build_parser


def _arguments(
    parser: argparse.ArgumentParser, command: str
) -> Iterator[tuple[str, argparse.Action]]:
    """(command path, argument) for every argument of the parser and of its sub-commands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            described = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub_parser in action.choices.items():
                yield f"{command} {name}", argparse.Action([], name, help=described.get(name))
                yield from _arguments(sub_parser, f"{command} {name}")
        else:
            yield command, action


ARGUMENTS = list(_arguments(build_parser(), "omise-tray"))


def test_the_walk_reaches_every_sub_command() -> None:
    commands = {command for command, _ in ARGUMENTS}
    assert {
        "omise-tray balance",
        "omise-tray accounts add",
        "omise-tray accounts set-key",
        "omise-tray accounts orphans",
        "omise-tray export",
        "omise-tray simulate",
    } <= commands


@pytest.mark.parametrize(
    ("command", "argument"),
    ARGUMENTS,
    ids=[f"{command} {action.dest}" for command, action in ARGUMENTS],
)
def test_every_argument_has_help_text(command: str, argument: argparse.Action) -> None:
    # argparse.SUPPRESS hides an argument on purpose (a key typed on the command line is
    # caught only to be refused), so it counts as an answer.
    assert argument.help, f"{command}: {argument.dest} has no help text"
