"""Entry point: `flask --app app run` finds `app` here."""
from assess import create_app

app = create_app()
