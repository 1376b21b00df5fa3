"""The minimal bank loads; each broken case gives exactly the loader's messages.

Each case directory under ``tests/data/broken`` is laid over ``tests/data/bank_minimal``
(the overlay_bank fixture in conftest.py); EXPECTED holds every error the loader must
report for it, as printed (``file: item: field: message``), in the loader's sorted order.
"""
from __future__ import annotations


from pathlib import Path
from typing import Callable

import pytest

from assess.bank import BankError, BankInvalid, check_bank, load_bank
from assess.bank.yamlfile import MAX_FILE_BYTES
from assess.domain import QuestionKind

DATA = Path(__file__).resolve().parents[2] / "data"
MINIMAL = DATA / "bank_minimal"
OverlayBank = Callable[..., Path]  #: the overlay_bank fixture (see conftest.py)

BROKEN = DATA / "broken"

EXPECTED: dict[str, list[str]] = {
    "unknown_key": [
        "questions/extra.yaml: extra.likert.1: hint: unknown key 'hint'",
    ],
    "duplicate_id": [
        "questions/extra.yaml: planning.likert.1: id: duplicate question id "
        "(first defined in questions/delivery.yaml)",
    ],
    "unknown_competency": [
        "questions/extra.yaml: budgeting.likert.1: competency: unknown competency 'budgeting'",
    ],
    "unknown_role": [
        "questions/extra.yaml: extra.likert.1: roles.0: unknown role 'project_manager' (no portrait with that id)",
    ],
    "missing_language": [
        "questions/extra.yaml: extra.likert.1: text.en: missing language 'en'",
    ],
    "reverse_not_likert": [
        "questions/extra.yaml: extra.sjt.1: reverse: a reverse key is only allowed on likert items, not sjt",
    ],
    "knowledge_no_key": [
        "questions/extra.yaml: extra.knowledge.1: options: "
        "a knowledge question needs exactly one key (correct: true), has 0",
    ],
    "knowledge_two_keys": [
        "questions/extra.yaml: extra.knowledge.1: options: "
        "a knowledge question needs exactly one key (correct: true), has 2",
    ],
    "one_option": [
        "questions/extra.yaml: extra.knowledge.1: options: needs at least 2 options, has 1",
    ],
    "portrait_weights": [
        "portraits/account_lead.yaml: account_lead: targets: weights sum to 0.900000, expected 1 (within 1e-6)",
    ],
    "portrait_level": [
        "portraits/account_lead.yaml: account_lead: overrides.0.level: level 0 is outside 1-5",
        "portraits/account_lead.yaml: account_lead: targets.0.level: level 6 is outside 1-5",
    ],
    "sjt_effectiveness": [
        "questions/extra.yaml: extra.sjt.1: options.0.effectiveness: level 6 is outside 1-5",
        "questions/extra.yaml: extra.sjt.1: options.2.effectiveness: level 0 is outside 1-5",
    ],
    "anchor_level": [
        "questions/extra.yaml: extra.interview.1: anchors.6: level 6 is outside 1-5",
    ],
    "yaml_tag": [
        "questions/extra.yaml: -: line 6: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
    ],
    "duplicate_keys": [
        "questions/extra.yaml: -: line 7: duplicate key 'text'",
    ],
    "several": [
        "portraits/account_lead.yaml: account_lead: targets: weights sum to 0.900000, expected 1 (within 1e-6)",
        "questions/extra.yaml: extra.knowledge.1: options: "
        "a knowledge question needs exactly one key (correct: true), has 0",
        "questions/extra.yaml: extra.knowledge.1: reverse: a reverse key is only allowed on likert items, not knowledge",
        "questions/extra.yaml: extra.likert.1: competency: unknown competency 'budgeting'",
        "templates/extra.yaml: extra.kit: sections.0.shuffle: unknown key 'shuffle'",
    ],
}


def test_every_case_directory_has_expectations() -> None:
    assert sorted(p.name for p in BROKEN.iterdir() if p.is_dir()) == sorted(EXPECTED)


def test_minimal_bank_loads() -> None:
    assert check_bank(MINIMAL) == []
    bank = load_bank(MINIMAL)
    assert list(bank.dimensions) == ["delivery", "people"]
    assert [len(d.competencies) for d in bank.dimensions.values()] == [2, 2]
    assert {q.kind for q in bank.questions.values()} == set(QuestionKind)
    assert list(bank.portraits) == ["account_lead"]
    assert {t.dimension for t in bank.portraits["account_lead"].targets} == set(bank.dimensions)
    assert list(bank.templates) == ["account_lead.self"]


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_broken_case_reports_exact_errors(case: str, overlay_bank: OverlayBank) -> None:
    directory = overlay_bank(BROKEN / case)
    assert [str(e) for e in check_bank(directory)] == EXPECTED[case]


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_broken_bank_does_not_load(case: str, overlay_bank: OverlayBank) -> None:
    directory = overlay_bank(BROKEN / case)
    with pytest.raises(BankInvalid) as raised:
        load_bank(directory)
    assert [str(e) for e in raised.value.errors] == EXPECTED[case]
    assert str(raised.value) == f"{len(EXPECTED[case])} error(s) in the question bank"


def test_several_files_report_all_errors_at_once(overlay_bank: OverlayBank) -> None:
    errors = check_bank(overlay_bank(BROKEN / "several"))
    assert {e.file for e in errors} == {"portraits/account_lead.yaml", "questions/extra.yaml",
                                        "templates/extra.yaml"}
    assert len(errors) == 5


def test_file_over_one_mebibyte(overlay_bank: OverlayBank) -> None:
    directory = overlay_bank()
    big = directory / "questions" / "huge.yaml"
    padding = "# " + "x" * 98 + "\n"
    big.write_text("questions: []\n" + padding * (MAX_FILE_BYTES // len(padding) + 1), encoding="utf-8")
    size = big.stat().st_size
    assert size > MAX_FILE_BYTES == 1024 * 1024
    assert check_bank(directory) == [
        BankError("questions/huge.yaml", "-", "-", f"file is {size} bytes, the limit is 1048576 (1 MiB)")]


def test_file_of_exactly_one_mebibyte_is_accepted(overlay_bank: OverlayBank) -> None:
    directory = overlay_bank()
    head = "questions: []\n"
    (directory / "questions" / "padded.yaml").write_text(
        head + "#" * (MAX_FILE_BYTES - len(head) - 1) + "\n", encoding="utf-8")
    assert check_bank(directory) == []


def test_yaml_tag_is_not_executed(overlay_bank: OverlayBank, tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    directory = overlay_bank()
    (directory / "questions" / "evil.yaml").write_text(
        f'questions: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    assert [e.message for e in check_bank(directory)] == [
        "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"]
    assert not marker.exists()
