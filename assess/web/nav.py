"""Navigation by role, and the decorator that guards views by role."""
from __future__ import annotations

from dataclasses import dataclass
from functools import wraps
from typing import Any, Callable, TypeVar

from flask import Flask, abort
from flask_babel import lazy_gettext as _l
from flask_login import current_user

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class NavItem:
    endpoint: str
    label: Any  # lazy string: translated when rendered
    roles: frozenset[str]


NAV: tuple[NavItem, ...] = (
    NavItem("main.competency_model", _l("Competency model"),
            frozenset({"admin", "hr", "interviewer", "manager"})),
    NavItem("main.portraits", _l("Ideal portraits"), frozenset({"admin", "hr", "manager"})),
)


def nav_for(role: str | None) -> list[NavItem]:
    return [item for item in NAV if role in item.roles]


def roles_required(*roles: str) -> Callable[[F], F]:
    """Refuse (403) a logged-in user whose role is not one of ``roles``."""
    def decorator(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated or current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)
        return wrapped  # type: ignore[return-value]
    return decorator


def init_app(app: Flask) -> None:
    @app.context_processor
    def _nav() -> dict[str, object]:
        role = current_user.role if current_user and current_user.is_authenticated else None
        return {"nav_items": nav_for(role)}
