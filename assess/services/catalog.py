"""Read-only views of the stored bank: the competency model and the current portraits."""
from __future__ import annotations

from dataclasses import dataclass
from sqlalchemy import func, select

from ..extensions import db
from ..models import Competency, Dimension, PortraitVersion, QuestionVersion


@dataclass(frozen=True)
class CompetencyRow:
    competency: Competency
    items_by_kind: dict[str, int]


@dataclass(frozen=True)
class DimensionRow:
    dimension: Dimension
    competencies: list[CompetencyRow]


def competency_model() -> list[DimensionRow]:
    """Dimensions with their competencies and current item counts: three queries in all."""
    counts: dict[str, dict[str, int]] = {}
    for comp_id, kind, n in db.session.execute(
            select(QuestionVersion.competency_id, QuestionVersion.kind, func.count())
            .where(QuestionVersion.current.is_(True))
            .group_by(QuestionVersion.competency_id, QuestionVersion.kind)):
        counts.setdefault(comp_id, {})[kind] = n
    comps: dict[str, list[CompetencyRow]] = {}
    for comp in db.session.scalars(select(Competency).where(Competency.in_bank.is_(True))
                                   .order_by(Competency.dimension_id, Competency.position)):
        comps.setdefault(comp.dimension_id, []).append(CompetencyRow(comp, counts.get(comp.id, {})))
    return [DimensionRow(d, comps.get(d.id, []))
            for d in db.session.scalars(select(Dimension).order_by(Dimension.position))]


def dimension_names() -> dict[str, dict[str, str]]:
    return {d.id: {"ru": d.name_ru, "en": d.name_en}
            for d in db.session.scalars(select(Dimension).order_by(Dimension.position))}


def competency_names() -> dict[str, dict[str, str]]:
    return {c.id: {"ru": c.name_ru, "en": c.name_en} for c in db.session.scalars(select(Competency))}


def current_portraits() -> list[PortraitVersion]:
    return list(db.session.scalars(select(PortraitVersion).where(PortraitVersion.current.is_(True))
                                   .order_by(PortraitVersion.role_id)))


def current_portrait(role_id: str) -> PortraitVersion | None:
    return db.session.scalar(select(PortraitVersion).where(
        PortraitVersion.role_id == role_id, PortraitVersion.current.is_(True)))
