"""``python -m assess.bank [DIR]`` and the purity of the bank package."""
from __future__ import annotations


import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

from assess.bank.__main__ import main

DATA = Path(__file__).resolve().parents[2] / "data"
MINIMAL = DATA / "bank_minimal"
OverlayBank = Callable[..., Path]  #: the overlay_bank fixture (see conftest.py)

ROOT = Path(__file__).resolve().parents[3]


def test_valid_bank_prints_lint_and_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(MINIMAL)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("bank is valid: 13 items; lint: 0 error(s), 0 warning(s)\n\nItems per dimension")
    assert "Templates per role:" in out


def test_load_errors_are_all_printed_and_fail(overlay_bank: OverlayBank, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(overlay_bank(DATA / "broken" / "several"))]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    assert lines[0].startswith("portraits/account_lead.yaml: account_lead: targets: weights sum to 0.900000")
    assert lines[-1] == "5 error(s): the bank is not valid"


def test_lint_error_fails(overlay_bank: OverlayBank, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(overlay_bank(DATA / "lint_cases" / "option_length"))]) == 1
    out = capsys.readouterr().out
    assert out.startswith("error: lint.knowledge.1: options.2.text.en: longest option 'c'")
    assert "lint: 1 error(s), 0 warning(s)" in out


def test_lint_warnings_alone_pass(overlay_bank: OverlayBank, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(overlay_bank(DATA / "lint_cases" / "near_duplicate"))]) == 0
    assert capsys.readouterr().out.startswith("warning: lint.likert.1: text.ru:")


def test_missing_directory_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nowhere")]) == 1
    assert "bank directory does not exist" in capsys.readouterr().out


def test_runs_as_a_module() -> None:
    done = subprocess.run([sys.executable, "-m", "assess.bank", str(MINIMAL)], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("bank is valid")
