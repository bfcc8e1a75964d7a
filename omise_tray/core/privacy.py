"""Privacy mode: every amount the app shows becomes "•••", by one rule for every view.

Views that write an amount themselves ask `shown_money`; text written elsewhere with amounts in
it (an alert's sentence, a payout check's answer) goes through `without_amounts` at the moment
it is shown. Health words, percentages, counts and times stay: they say how things stand
without saying how much money there is.
"""

from __future__ import annotations

import functools
import re

from omise_tray.core.money import format_money, known_symbols

HIDDEN_AMOUNT = "•••"


@functools.cache
def _amount() -> re.Pattern[str]:
    """The shapes format_money and localized.money write, plus bare grouped or decimal figures
    (an older alert text without its symbol). Compiled on first use, not on the way to the
    first paint. Longer symbols first, so "HK$" is not read as "$"."""
    symbol = "|".join(re.escape(mark) for mark in sorted(known_symbols(), key=len, reverse=True))
    figure = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
    sign = r"[-+\N{MINUS SIGN}]?"
    return re.compile(
        rf"{sign}(?:{symbol})\s?{figure}"  # ฿1,234.56, S$40.00, ¥920
        rf"|{sign}\b[A-Z]{{3}} {figure}"  # XYZ 1,234.56: a currency without a symbol
        rf"|{sign}{figure}\s?円"  # 171,000円
        r"|(?<![\w.,])[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![\w%])"  # 12,345 or 1,234.50
        r"|(?<![\w.,])[0-9]+\.[0-9]+(?![\w.%])"  # 33.07
    )


def shown_money(amount: int, currency: str, *, hidden: bool) -> str:
    """The amount as the UI writes it ("฿1,234.56"), or "•••" while amounts are hidden."""
    return HIDDEN_AMOUNT if hidden else format_money(amount, currency)


def without_amounts(text: str) -> str:
    """The text with every amount in it replaced by "•••"; everything else left as it is."""
    return _amount().sub(HIDDEN_AMOUNT, text)


def shown_text(text: str, *, hidden: bool) -> str:
    """A sentence that may carry amounts, as shown: unchanged, or without its amounts."""
    return without_amounts(text) if hidden else text
