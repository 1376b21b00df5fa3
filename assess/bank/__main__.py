"""``python -m assess.bank [DIR]``: check a bank without the web app (for bank authors)."""
from __future__ import annotations

import sys

from .loader import check_bank

directory = sys.argv[1] if len(sys.argv) > 1 else "question_bank"
errors = check_bank(directory)
for error in errors:
    print(error)
print(f"{len(errors)} error(s)" if errors else "bank is valid")
sys.exit(1 if errors else 0)
