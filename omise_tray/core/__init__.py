"""Pure money, balance, health, alert and advice rules: no Qt, no I/O."""
