"""Stored versions read back into the same domain objects."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from assess.bank import load_bank
from assess.bank.serialise import (
    portrait_from_dict, portrait_to_dict, question_from_dict, question_to_dict, template_from_dict,
    template_to_dict,
)

SHIPPED = Path(__file__).resolve().parents[3] / "question_bank"


def _through_json(data: dict) -> dict:
    return json.loads(json.dumps(data, ensure_ascii=False))


def test_every_shipped_object_survives_storage() -> None:
    bank = load_bank(SHIPPED)
    for q in bank.questions.values():
        assert question_from_dict(_through_json(question_to_dict(q))) == q
    for p in bank.portraits.values():
        assert portrait_from_dict(_through_json(portrait_to_dict(p))) == p
    for t in bank.templates.values():
        assert template_from_dict(_through_json(template_to_dict(t))) == t


def test_roles_are_kept_and_old_versions_without_them_suit_every_role() -> None:
    question = next(iter(load_bank(SHIPPED).questions.values()))
    restricted = replace(question, roles=("product_manager",))
    assert question_from_dict(_through_json(question_to_dict(restricted))).roles == ("product_manager",)
    stored_before_roles = question_to_dict(question)
    del stored_before_roles["roles"]
    assert question_from_dict(stored_before_roles).suits("agency_account_manager")
