"""Staff accounts: create, authenticate."""
from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from ..extensions import db
from ..models import User, UserRole
from .audit import audit
from .passwords import MIN_PASSWORD_LENGTH, hash_password, needs_rehash, verify_password


class UserError(ValueError):
    """A user cannot be created as asked; ``code`` names the reason for translation."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def create_user(email: str, password: str, role: UserRole | str, *, name: str | None = None,
                locale: str | None = None, timezone: str = "Europe/Moscow",
                actor_id: int | None = None) -> User:
    """Add a staff user (flushed). Raises UserError for a taken e-mail or a short password."""
    email = normalise_email(email)
    role = UserRole(role)
    if "@" not in email or len(email) > 254:
        raise UserError("bad_email", f"not an e-mail address: {email!r}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError("short_password", f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    if not is_time_zone(timezone):
        raise UserError("bad_timezone", f"unknown time zone {timezone!r} (use an IANA name such as Asia/Omsk)")
    if db.session.scalar(select(User.id).where(User.email == email)) is not None:
        raise UserError("email_taken", f"a user with e-mail {email} already exists")
    user = User(email=email, name=name or email.split("@")[0], password_hash=hash_password(password),
                role=role.value, locale=locale, timezone=timezone)
    db.session.add(user)
    db.session.flush()
    audit("user.create", actor_id=actor_id, object_type="user", object_id=user.id, role=role.value)
    return user


def is_time_zone(name: str) -> bool:
    """True for an IANA time-zone name this system knows (e.g. Europe/Kaliningrad)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def authenticate(email: str, password: str) -> User | None:
    """The active user with this e-mail and password, else None (same cost either way)."""
    user = db.session.scalar(select(User).where(User.email == normalise_email(email)))
    if not verify_password(user.password_hash if user else None, password) or user is None:
        audit("user.login_failed", object_type="user", object_id=user.id if user else None)
        return None
    if not user.active:
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    audit("user.login", actor_id=user.id, object_type="user", object_id=user.id)
    return user


def set_locale(user_id: int, locale: str) -> None:
    user = db.session.get(User, user_id)
    if user is not None:
        user.locale = locale
        db.session.flush()
