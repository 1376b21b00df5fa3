"""The question bank: file schema, loader, content hashes, lint. Pure Python."""
from .errors import BankError, BankInvalid
from .loader import check_bank, load_bank

__all__ = ["BankError", "BankInvalid", "check_bank", "load_bank"]
