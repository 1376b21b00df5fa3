"""Entry point: `flask --app app run` finds `app` here."""
from assess import create_app
from assess.config import ConfigError

try:
    app = create_app()
except ConfigError as exc:  # a clear message, not a traceback, when the set-up is unsafe
    raise SystemExit(f"Configuration error: {exc}") from None
