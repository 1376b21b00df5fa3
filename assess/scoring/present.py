"""Presentation values: the one place numbers are rounded (half up), for reports and the API.

Levels and bands: 2 decimals on the 1..5 scale; percentages (0..100 scores, fit, shares):
whole numbers; r_wg: 2 decimals. Output is plain JSON-ready data (dicts, lists, str,
int, float, None, bool); reasons keep their ids with presented parameters.
"""
from __future__ import annotations

from typing import Any

from .aggregate import SourceScore, percent_of_level
from .fit import Finding
from .panel import PanelSummary
from .profile import CompetencyScore, DimensionScore, Profile
from .reasons import Reason, present_param, round_half_up
from .uncertainty import Band


def _level(value: float | None) -> float | None:
    return None if value is None else round_half_up(value, 2)


def _pct(value: float | None) -> int | None:
    return None if value is None else round_half_up(value, 0)  # type: ignore[return-value]


def _pct_of_level(value: float | None) -> int | None:
    return None if value is None else _pct(percent_of_level(value))


def present_reason(item: Reason) -> dict[str, Any]:
    return {"id": item.id, "params": {k: present_param(k, v) for k, v in item.params}}


def _band(band: Band | None) -> dict[str, Any] | None:
    if band is None:
        return None
    return {"half_width": _level(band.half_width), "se": _level(band.se), "method": band.method.value}


def _source(score: SourceScore) -> dict[str, Any]:
    return {"status": score.status.value, "level": _level(score.level),
            "percent": _pct_of_level(score.level), "band": _band(score.band),
            "asked": score.asked, "answered": score.answered}


def _panel(panel: PanelSummary | None) -> dict[str, Any] | None:
    if panel is None:
        return None
    return {"mean": _level(panel.mean), "spread": panel.spread,
            "r_wg": None if panel.r_wg is None else round_half_up(panel.r_wg, 2),
            "flagged": panel.flagged, "raters": panel.raters, "ratings": panel.ratings,
            "not_observed": panel.not_observed,
            "rater_levels": {r: _level(v) for r, v in panel.rater_levels}}


def _competency(c: CompetencyScore) -> dict[str, Any]:
    fit = c.fit
    return {
        "id": c.competency, "dimension": c.dimension, "status": c.status.value,
        "level": _level(c.level), "percent": _pct_of_level(c.level), "band": _band(c.band),
        "asked": c.asked, "answered": c.answered,
        "source_weight_percent": _pct(100.0 * c.source_weight_share),
        "sources": {s.source.value: _source(s) for s in c.sources},
        "target": c.target,
        "gap": None if fit is None else _level(fit.gap),
        "is_gap": None if fit is None else fit.is_gap,
        "fit_percent": None if fit is None else _pct(100.0 * fit.fit),
        "weight_percent": None if fit is None else round_half_up(100.0 * fit.weight, 1),
        "panel": _panel(c.panel),
        "reasons": [present_reason(r) for r in c.reasons],
    }


def _dimension(d: DimensionScore) -> dict[str, Any]:
    return {
        "id": d.dimension, "status": d.status.value, "level": _level(d.level),
        "percent": _pct_of_level(d.level), "band": _band(d.band),
        "competencies_asked": d.competencies_asked, "competencies_scored": d.competencies_scored,
        "sources": {s.source.value: _source(s) for s in d.sources},
        "target": d.target, "weight_percent": _pct(100.0 * d.weight),
        "gap": _level(d.gap), "is_gap": d.is_gap if d.gap is not None else None,
        "fit_percent": None if d.fit is None else _pct(100.0 * d.fit),
        "reasons": [present_reason(r) for r in d.reasons],
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {"competency": f.competency, "dimension": f.dimension, "reason": present_reason(f.reason)}


def present_profile(profile: Profile) -> dict[str, Any]:
    """The profile as plain data with every number rounded once, for display."""
    return {
        "portrait": profile.portrait,
        "policy": {"id": profile.policy_id, "version": profile.policy_version},
        "snapshot": profile.snapshot_version,
        "fit": {"percent": None if profile.fit.fit is None else _pct(100.0 * profile.fit.fit),
                "based_on_percent": _pct(100.0 * profile.fit.weight_covered),
                "dimensions": profile.fit.dimensions_used},
        "competencies": [_competency(c) for c in profile.competencies],
        "dimensions": [_dimension(d) for d in profile.dimensions],
        "strengths": [_finding(f) for f in profile.strengths],
        "development_areas": [_finding(f) for f in profile.development_areas],
        "reasons": [present_reason(r) for r in profile.reasons],
    }
