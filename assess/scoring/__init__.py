"""Scoring engine: answers and panel ratings -> a competency profile against a role portrait.

Pure: imports only the standard library and :mod:`assess.domain`; no clock, randomness or
configuration. Formulas, parameters and a worked example: ``docs/scoring.md``.

Modules: ``responses`` (inputs), ``items`` (item scorer registry), ``policy`` (ScoringPolicy,
StatisticsSnapshot), ``plan`` (per-form precomputation), ``aggregate`` (levels),
``panel`` (r_wg), ``uncertainty`` (bands), ``fit`` (portrait fit), ``reasons`` (message
ids), ``profile`` (results and entry points), ``present`` (rounding for display),
``builders`` (fast constructors of the frozen results).
"""
from __future__ import annotations

from .aggregate import Evidence, SourceScore
from .fit import CompetencyFit, Finding, FitSummary
from .items import ITEM_SCORERS, score_item, score_table
from .panel import PanelSummary
from .plan import ScoringPlan, build_plan
from .policy import (
    DEFAULT_POLICY, EMPTY_SNAPSHOT, ScaleStatistics, ScoringPolicy, StatisticsSnapshot,
)
from .present import present_profile
from .profile import CompetencyScore, DimensionScore, Profile, score_profile, score_with_plan
from .reasons import MESSAGES, Reason, render
from .responses import Answer, Rating, Response, ScoringInputError
from .uncertainty import Band, BandMethod

__all__ = [
    "Answer", "Band", "BandMethod", "CompetencyFit", "CompetencyScore", "DEFAULT_POLICY",
    "DimensionScore", "EMPTY_SNAPSHOT", "Evidence", "Finding", "FitSummary", "ITEM_SCORERS",
    "MESSAGES", "PanelSummary", "Profile", "Rating", "Reason", "Response",
    "ScaleStatistics", "ScoringInputError", "ScoringPlan", "ScoringPolicy", "SourceScore",
    "StatisticsSnapshot", "build_plan", "present_profile", "render", "score_item",
    "score_profile", "score_table", "score_with_plan",
]
