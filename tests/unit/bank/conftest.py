"""Fixtures for the question-bank tests: the minimal bank and overlays of test cases.

A *case* directory under ``tests/data`` holds only the files that differ from
``tests/data/bank_minimal``; :func:`overlay_bank` copies the minimal bank into a fresh
directory and lays the case's files over it (same path: replaced; new path: added).
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import pytest

from assess.bank import load_bank
from assess.domain import Bank

DATA = Path(__file__).resolve().parents[2] / "data"
MINIMAL = DATA / "bank_minimal"

OverlayBank = Callable[..., Path]


def overlay(target: Path, *cases: Path) -> Path:
    """Copy the minimal bank to ``target`` and lay each case directory over it, in order."""
    shutil.copytree(MINIMAL, target)
    for case in cases:
        shutil.copytree(case, target, dirs_exist_ok=True)
    return target


@pytest.fixture
def overlay_bank(tmp_path: Path) -> OverlayBank:
    """``overlay_bank(*case_dirs)`` -> a fresh bank directory in tmp_path."""
    counter = iter(range(1_000_000))

    def make(*cases: Path) -> Path:
        return overlay(tmp_path / f"bank{next(counter)}", *cases)

    return make


@pytest.fixture(scope="session")
def minimal_bank() -> Bank:
    """The minimal valid bank, loaded once (domain objects are frozen)."""
    return load_bank(MINIMAL)
