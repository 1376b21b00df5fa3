"""``python -m assess.bank [DIR]``: check a bank without the web app (for bank authors).

Prints every load error; if the bank loads, every lint finding and the coverage
report. Exit status 1 when there is a load error or a lint error, else 0.
"""
from __future__ import annotations

import sys
from typing import Sequence

from .coverage import coverage_summary, format_coverage
from .errors import BankInvalid
from .lint import has_errors, lint_bank
from .loader import load_bank


def main(argv: Sequence[str] | None = None) -> int:
    """Check the bank in ``argv[0]`` (default ``question_bank``); return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    directory = args[0] if args else "question_bank"
    try:
        bank = load_bank(directory)
    except BankInvalid as exc:
        for error in exc.errors:
            print(error)
        print(f"{len(exc.errors)} error(s): the bank is not valid")
        return 1
    findings = lint_bank(bank)
    for finding in findings:
        print(finding)
    errors = sum(1 for f in findings if f.severity == "error")
    print(f"bank is valid: {len(bank.questions)} items; lint: {errors} error(s), "
          f"{len(findings) - errors} warning(s)")
    print()
    print(format_coverage(coverage_summary(bank)))
    return 1 if has_errors(findings) else 0


if __name__ == "__main__":
    sys.exit(main())
