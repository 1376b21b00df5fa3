"""Demo users for development: one per role, with known passwords printed by `flask init`."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..extensions import db
from ..models import User, UserRole
from .users import create_user


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str


#: (role, e-mail, display name). Passwords are "demo-<role>-pass" and printed by `flask init`.
DEMO_USERS: tuple[tuple[UserRole, str, str], ...] = (
    (UserRole.ADMIN, "admin@demo.local", "Администратор"),
    (UserRole.HR, "hr@demo.local", "Анна Смирнова"),
    (UserRole.INTERVIEWER, "interviewer@demo.local", "Игорь Петров"),
    (UserRole.MANAGER, "manager@demo.local", "Мария Иванова"),
)


def demo_password(role: UserRole) -> str:
    return f"demo-{role.value}-pass"


def create_demo_data() -> list[DemoLogin]:
    """Create the demo users that do not exist yet (flushed); return every demo login."""
    existing = set(db.session.scalars(select(User.email)))
    logins = []
    for role, email, name in DEMO_USERS:
        if email not in existing:
            create_user(email, demo_password(role), role, name=name)
        logins.append(DemoLogin(role.value, email, demo_password(role)))
    return logins
