"""Drawing fixed forms from assessment templates, and arranging them per attempt.

A *form* is the list of exact question versions one template yields for one seed.
It is drawn once (:func:`draw_form`) and then kept: every candidate who takes it sees
the same items. Per attempt, :func:`arrange` only reorders items within a section and
options within an item (when the template allows it).

Determinism: every draw uses its own ``random.Random`` (never the global RNG), seeded
with an int or a str (str seeds are hashed with SHA-512 by ``random``, not with the
salted ``hash()``), and walks only ordered data: sections and competencies in template
order, kinds in :class:`~assess.domain.QuestionKind` order, each pool sorted by
question id. So a form depends on the seed, the template and the pools' contents, and
not on file layout, dict order or ``PYTHONHASHSEED``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import NamedTuple

from ..domain import AssessmentTemplate, Bank, Question, QuestionKind
from .hashing import content_hash


@dataclass(frozen=True, slots=True)
class FormItem:
    """One drawn question version, with what :func:`arrange` needs to shuffle it."""

    question_id: str
    version: str  #: the question's content hash at draw time
    competency: str
    kind: QuestionKind
    option_ids: tuple[str, ...] = ()  #: in bank order; empty for kinds without options


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A competency that had fewer items of a kind than a section asks for."""

    section: int  #: 0-based section index
    competency: str
    kind: QuestionKind
    wanted: int
    got: int


@dataclass(frozen=True, slots=True)
class Form:
    """A drawn form: fixed items by section, in display order.

    Invariants: no question appears twice; each section holds, per competency and
    kind, at most the template's count; ``content_hash`` is :func:`form_hash` of the rest.
    """

    template_id: str
    role: str
    seed: int
    sections: tuple[tuple[FormItem, ...], ...]
    shortfalls: tuple[Shortfall, ...]
    shuffle_items: bool
    shuffle_options: bool
    content_hash: str

    @property
    def items(self) -> tuple[tuple[str, str], ...]:
        """(question id, version) of every item, in form order."""
        return tuple((item.question_id, item.version) for section in self.sections for item in section)

    @property
    def complete(self) -> bool:
        """True when every section got every item it asked for."""
        return not self.shortfalls


class ArrangedItem(NamedTuple):
    """One item as an attempt shows it: the question and its options in display order."""

    question_id: str
    option_order: tuple[str, ...]


def form_hash(template_id: str, sections: tuple[tuple[FormItem, ...], ...],
              shuffle_items: bool, shuffle_options: bool) -> str:
    """sha256 hex of what a form shows: template id, shuffle flags and, per section,
    the (question id, version) sequence. The seed is not part of it: two seeds that
    happen to draw the same items give the same form content."""
    return content_hash({
        "template": template_id,
        "shuffle_items": shuffle_items,
        "shuffle_options": shuffle_options,
        "sections": [[[item.question_id, item.version] for item in section] for section in sections],
    })


def draw_form(bank: Bank, template: AssessmentTemplate, seed: int | None = None) -> Form:
    """Draw the fixed form of ``template`` from ``bank`` with ``seed`` (default: template.seed).

    For each section, each of its competencies in order, and each kind in
    QuestionKind order with a positive count N: up to N items drawn at random from the
    competency's pool of that kind (sorted by id, without items already on the form and
    without items written for other roles only),
    listed in pool order. A pool with fewer than N items gives all it has and the gap is
    recorded as a :class:`Shortfall`.
    """
    seed = template.seed if seed is None else seed
    rng = random.Random(seed)
    pools = _pools(bank)
    used: set[str] = set()
    sections: list[tuple[FormItem, ...]] = []
    shortfalls: list[Shortfall] = []
    for index, section in enumerate(template.sections):
        drawn: list[FormItem] = []
        for competency in section.competencies:
            for kind in QuestionKind:
                wanted = section.items_per_competency.get(kind, 0)
                if wanted <= 0:
                    continue
                pool = [q for q in pools.get((competency, kind), ())
                        if q.id not in used and q.suits(template.role)]
                picked = sorted(rng.sample(range(len(pool)), min(wanted, len(pool))))
                for i in picked:
                    used.add(pool[i].id)
                    drawn.append(_item(pool[i]))
                if len(picked) < wanted:
                    shortfalls.append(Shortfall(index, competency, kind, wanted, len(picked)))
        sections.append(tuple(drawn))
    frozen = tuple(sections)
    return Form(
        template_id=template.id, role=template.role, seed=seed, sections=frozen,
        shortfalls=tuple(shortfalls), shuffle_items=template.shuffle_items,
        shuffle_options=template.shuffle_options,
        content_hash=form_hash(template.id, frozen, template.shuffle_items, template.shuffle_options))


def arrange(form: Form, attempt_seed: int) -> list[ArrangedItem]:
    """The order one attempt shows ``form`` in: same items, same sections.

    With ``form.shuffle_items`` the items within each section are shuffled (sections
    keep their order); with ``form.shuffle_options`` each item's options are. The
    local Random is seeded with the form's content hash and ``attempt_seed``, so
    attempt 1 of two different forms is not shuffled alike.
    """
    rng = random.Random(f"{form.content_hash}:{attempt_seed}")
    arranged: list[ArrangedItem] = []
    for section in form.sections:
        items = list(section)
        if form.shuffle_items:
            rng.shuffle(items)
        for item in items:
            options = list(item.option_ids)
            if form.shuffle_options:
                rng.shuffle(options)
            arranged.append(ArrangedItem(item.question_id, tuple(options)))
    return arranged


def _pools(bank: Bank) -> dict[tuple[str, QuestionKind], list[Question]]:
    """Questions by (competency, kind), each pool sorted by id."""
    pools: dict[tuple[str, QuestionKind], list[Question]] = {}
    for q in sorted(bank.questions.values(), key=lambda q: q.id):
        pools.setdefault((q.competency, q.kind), []).append(q)
    return pools


def _item(q: Question) -> FormItem:
    return FormItem(q.id, q.version, q.competency, q.kind, tuple(o.id for o in q.options))
