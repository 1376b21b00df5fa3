"""Skills assessment and structured interviews for product and account managers.

The package root stays light: importing ``assess.domain``, ``assess.bank`` or
``assess.scoring`` must not load Flask or SQLAlchemy, so the factory lives in
:mod:`assess.factory` and is imported only when an app is built.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from flask import Flask


def create_app(overrides: Mapping[str, Any] | None = None) -> "Flask":
    """Build the Flask app; see :func:`assess.factory.create_app`."""
    from .factory import create_app as build

    return build(overrides)
