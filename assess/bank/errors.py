"""Errors found in a bank: each names its file, item and field so an author can fix it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class BankError:
    """One problem in one bank file.

    ``file`` is relative to the bank directory; ``item`` is the id of the object the
    problem is in ("-" for the file as a whole); ``field`` is a dotted path inside it
    ("-" when the whole item is meant).
    """

    file: str
    item: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.item}: {self.field}: {self.message}"


class BankInvalid(Exception):
    """Raised by load_bank when the bank has errors; nothing from it is loaded."""

    def __init__(self, errors: list[BankError]):
        self.errors = sorted(errors)
        super().__init__(f"{len(self.errors)} error(s) in the question bank")
