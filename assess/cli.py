"""Flask commands. Each calls services and commits once; output is for operators (English)."""
from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from flask_migrate import upgrade

from .bank import BankInvalid, load_bank
from .domain import Bank
from .bank.coverage import coverage_summary, format_coverage
from .bank.lint import lint_bank
from .extensions import db
from .models import UserRole
from .services.bank_sync import sync_bank
from .services.demo import create_demo_data
from .services.policies import store_policy
from .services.users import UserError, create_user

bank_cli = AppGroup("bank", help="Check the question bank files and load them into the database.")
users_cli = AppGroup("users", help="Manage staff accounts.")


def _bank_dir(directory: str | None) -> Path:
    return Path(directory or current_app.config["BANK_DIR"])


def _load_or_exit(directory: str | None, summary: str) -> Bank:
    """The bank in ``directory``; on errors, print each, then ``summary``, and exit 1."""
    path = _bank_dir(directory)
    try:
        return load_bank(path)
    except BankInvalid as exc:
        for error in exc.errors:
            click.echo(str(error), err=True)
        click.echo(summary.format(count=len(exc.errors), path=path), err=True)
        raise SystemExit(1) from None


@bank_cli.command("check")
@click.argument("directory", required=False)
def bank_check(directory: str | None) -> None:
    """Validate the bank in DIRECTORY (default: question_bank/): exit 0 and print a coverage
    summary, or exit 1 listing every error."""
    bank = _load_or_exit(directory, "{count} error(s) in {path}")
    findings = lint_bank(bank)
    click.echo(format_coverage(coverage_summary(bank)))
    for finding in findings:
        click.echo(str(finding), err=finding.severity == "error")
    lint_errors = [f for f in findings if f.severity == "error"]
    if lint_errors:
        click.echo(f"{len(lint_errors)} lint error(s) in {_bank_dir(directory)}", err=True)
        raise SystemExit(1)
    click.echo(f"bank {bank.version[:12]} is valid: {len(bank.questions)} questions, "
               f"{len(bank.competencies)} competencies, {len(bank.portraits)} portraits, "
               f"{len(bank.templates)} templates")


@bank_cli.command("sync")
@click.argument("directory", required=False)
def bank_sync(directory: str | None) -> None:
    """Load the bank into the database as versions (idempotent: unchanged questions keep
    their version, changed ones get a new one, old answers keep theirs), and store the
    default scoring policy version if it is not stored yet."""
    bank = _load_or_exit(directory, "{count} error(s): nothing was loaded. Run `flask --app app bank check`.")
    report = sync_bank(bank)
    policy = store_policy()
    db.session.commit()
    for name in ("questions", "portraits", "templates", "forms"):
        c = getattr(report, name)
        click.echo(f"{name}: {c.new} new, {c.changed} changed, {c.unchanged} unchanged, {c.retired} retired")
    click.echo(f"bank {report.bank_version[:12]} synced ({report.competencies} competencies); "
               f"default scoring policy v{policy.version} stored")


@users_cli.command("create")
@click.argument("email")
@click.option("--role", required=True, type=click.Choice([r.value for r in UserRole]),
              help="What the user may do.")
@click.option("--name", help="Display name (default: the part of the e-mail before @).")
@click.password_option(help="Asked for when not given.")
def users_create(email: str, role: str, name: str | None, password: str) -> None:
    """Create a staff user with e-mail EMAIL; asks for the password."""
    try:
        user = create_user(email, password, role, name=name)
    except UserError as exc:
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"created {user.role} {user.email}")


@click.command("init")
@with_appcontext
def init_command() -> None:
    """Development set-up: migrate the database, sync the bank, create demo users and data,
    and print their logins."""
    if current_app.config["ENV"] == "production":
        raise click.ClickException("`init` creates demo accounts and is for development only; "
                                   "in production run `flask --app app db upgrade` and `bank sync`.")
    upgrade(directory=current_app.extensions["migrate"].directory)
    report = sync_bank(_load_or_exit(None, "{count} error(s) in the question bank {path}: nothing was loaded."))
    store_policy()
    logins = create_demo_data()
    db.session.commit()
    click.echo(f"database ready, bank {report.bank_version[:12]} loaded")
    click.echo("Demo logins (development only):")
    for login in logins:
        click.echo(f"  {login.role:<12} {login.email:<28} {login.password}")


def init_app(app: Flask) -> None:
    app.cli.add_command(bank_cli)
    app.cli.add_command(users_cli)
    app.cli.add_command(init_command)
