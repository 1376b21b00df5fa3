"""Password hashing with argon2id.

Production uses argon2-cffi's RFC 9106 low-memory profile (the library default). The
test suite selects the ``CHEAPEST`` profile through ``PASSWORD_HASH_PROFILE`` so that
hundreds of logins stay fast; production refuses that profile (assess.config).
Hashes carry their parameters, so changing the profile never breaks existing hashes,
and ``needs_rehash`` upgrades them at the next login.
"""
from __future__ import annotations

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

#: Shortest password accepted, in characters.
MIN_PASSWORD_LENGTH = 10

PROFILES = {"default": profiles.RFC_9106_LOW_MEMORY, "cheapest": profiles.CHEAPEST}

_hasher = PasswordHasher.from_parameters(PROFILES["default"])
_dummy_hash: str | None = None


def use_profile(name: str) -> None:
    """Select the hashing parameters (called once by the app factory)."""
    global _hasher, _dummy_hash
    _hasher = PasswordHasher.from_parameters(PROFILES[name])
    _dummy_hash = None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches ``password_hash``.

    With no hash (unknown e-mail) a dummy hash is verified, so a login takes as long
    whether or not the account exists.
    """
    global _dummy_hash
    if password_hash is None:
        _dummy_hash = _dummy_hash or _hasher.hash("not a real password, only for timing")
    try:
        return _hasher.verify(password_hash or _dummy_hash or "", password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
