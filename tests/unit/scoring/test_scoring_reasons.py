"""Reasons are data; every message id has an English template marked with N_ and a Russian draft."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from assess.scoring import MESSAGES, Rating, render, score_profile
from assess.scoring.reasons import SOURCE_NAMES, Reason, reason, round_half_up
from scoring_factories import competency, interview, portrait

PACKAGE = Path(__file__).resolve().parents[3] / "assess" / "scoring"
CATALOGUES = PACKAGE.parents[1] / "translations"


def russian():
    """gettext of the shipped Russian catalogue, read from its .po source (no compile step)."""
    from babel.messages.pofile import read_po
    with open(CATALOGUES / "ru" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        catalog = read_po(handle, locale="ru")
    strings = {m.id: m.string for m in catalog if m.id and m.string and "fuzzy" not in m.flags}
    return lambda message: strings.get(message, "")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_a_russian_translation_with_the_same_placeholders():
    ru = russian()
    for message_id, template in MESSAGES.items():
        assert ru(template), message_id
        assert fields(template) == fields(ru(template)), message_id
    for name in SOURCE_NAMES.values():
        assert ru(name)


def test_templates_are_wrapped_in_the_extraction_marker():
    tree = ast.parse((PACKAGE / "reasons.py").read_text("utf-8"))
    marked = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
            marked.add(ast.literal_eval(node.args[0]))
    assert set(MESSAGES.values()) | set(SOURCE_NAMES.values()) <= marked


def test_pybabel_extracts_every_template():
    extract = pytest.importorskip("babel.messages.extract")
    with open(PACKAGE / "reasons.py", "rb") as handle:
        found = {message for _, message, _, _ in extract.extract(
            "python", handle, keywords={"N_": None}, options={})}
    assert set(MESSAGES.values()) <= found


def test_every_emitted_reason_id_is_a_known_message():
    emitted = set()
    for path in PACKAGE.glob("*.py"):
        text = path.read_text("utf-8")
        emitted |= set(re.findall(r'(?:_Reason|Reason|reason)\(\s*"([a-z_]+)"', text))
        emitted |= set(re.findall(r'"(gap_beyond_band|gap_within_band)"', text))
    assert emitted and emitted <= set(MESSAGES), emitted - set(MESSAGES)


def test_reason_is_data_and_renders_in_both_languages():
    item = reason("gap_beyond_band", competency="negotiation", level=2.1666666, target=3,
                  gap=-0.8333333, band=0.7)
    assert item == Reason("gap_beyond_band", (("competency", "negotiation"), ("level", 2.1666666),
                                              ("target", 3), ("gap", -0.8333333), ("band", 0.7)))
    assert render(item) == ("negotiation: level 2.17 against the target 3, a gap of -0.83, larger "
                            "than the uncertainty band of ±0.7: a confirmed gap.")
    russian_text = render(item, russian(), labels={"negotiation": "Переговоры"},
                          number=lambda v: str(v).replace(".", ","))
    assert russian_text == ("Переговоры: уровень 2,17 при целевом 3, разрыв -0,83 больше "
                            "погрешности ±0,7: разрыв подтверждён.")
    assert render(reason("fit_based_on", fit_pct=79.5, share_pct=72.4)) == \
        "Fit with the portrait: 80 %, based on 72 % of the portrait."
    with pytest.raises(KeyError):
        reason("no_such_message")


def test_source_names_are_rendered():
    item = reason("source_insufficient", competency="c", source="self", answered=1, asked=2, minimum=2)
    assert "self-rating" in render(item) and "самооценка" in render(item, russian())


@pytest.mark.parametrize("value, digits, rounded", [
    (2.675, 2, 2.68), (0.125, 2, 0.13), (72.5, 0, 73), (-0.835, 2, -0.84), (1.0, 2, 1.0), (79.49, 0, 79)])
def test_rounding_is_half_up_on_the_decimal_form(value, digits, rounded):
    assert round_half_up(value, digits) == rounded


def test_every_reason_of_a_profile_renders():
    role = portrait([("d", 4, 1.0)])
    form = [interview("a.i1", "a"), interview("b.i1", "b")]
    ratings = [Rating("a.i1", "x", 1), Rating("a.i1", "y", 5), Rating("b.i1", "x", None)]
    profile = score_profile(form, [competency("a", "d"), competency("b", "d")], role, {}, ratings)
    items = [r for c in profile.competencies for r in c.reasons]
    items += [r for d in profile.dimensions for r in d.reasons] + list(profile.reasons)
    for item in items:
        assert render(item) and render(item, russian())
