"""What a vacancy decides (:class:`ScoringPolicy`) and what item statistics say
(:class:`StatisticsSnapshot`). Both are passed in explicitly and recorded by version
in every profile; nothing here reads configuration.

Units: levels and bands are in level points of the 1..5 scale; weights are relative
(only their ratios matter); thresholds are stated with each field.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Mapping

from ..domain import Source


def _frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(mapping))


#: Smallest positive source weight accepted (weights are relative; 0 switches a source off).
MIN_POSITIVE_WEIGHT = 1e-6


def _default_source_weights() -> Mapping[Source, float]:
    return _frozen({Source.SELF: 1.0, Source.TEST: 1.0, Source.INTERVIEW: 1.0})


def _default_min_answered() -> Mapping[Source, int]:
    return _frozen({Source.SELF: 2, Source.TEST: 2, Source.INTERVIEW: 1})


def _default_item_sd() -> Mapping[Source, float]:
    return _frozen({Source.SELF: 1.0, Source.TEST: 1.6, Source.INTERVIEW: 0.8})


@dataclass(frozen=True)
class ScoringPolicy:
    """How evidence is weighed for one vacancy; versioned, recorded in every profile.

    Invariants (checked on construction): weights >= 0 with a positive sum,
    0 <= self_discount <= 1, minimums >= 1, 0 <= fit_tolerance < zero_fit_distance,
    scale_points >= 2, band_z > 0, assumed item SDs > 0.
    See ``docs/scoring.md`` for why each default is what it is.
    """

    id: str = "default"
    #: 1, 2, ...: a changed policy is a new version, never an edit of one
    version: int = 1
    #: relative weight of each source in the combined competency score
    source_weights: Mapping[Source, float] = field(default_factory=_default_source_weights)
    #: multiplier on the self-rating weight (1.0 = no discount); applied by default
    self_discount: float = 0.5
    #: minimum answered items per competency per source for that source to be scored
    min_answered: Mapping[Source, int] = field(default_factory=_default_min_answered)
    #: shortfall (level points) below the target that still fits fully
    fit_tolerance: float = 0.5
    #: shortfall (level points) at which the competency fit reaches 0
    zero_fit_distance: float = 2.0
    #: panel flagged for discussion when r_wg is below this
    rwg_threshold: float = 0.7
    #: panel flagged for discussion when two ratings of one question differ by this much
    spread_threshold: int = 2
    #: A, points of the rating scale (null variance of r_wg is (A^2 - 1) / 12)
    scale_points: int = 5
    #: half-width of a band in standard errors (1.96: 95 %)
    band_z: float = 1.96
    #: assumed SD of one item score in level points, for bands without item statistics
    assumed_item_sd: Mapping[Source, float] = field(default_factory=_default_item_sd)
    #: at most this many strengths and development areas are listed
    max_strengths: int = 3
    max_development_areas: int = 3

    def __post_init__(self) -> None:
        for name in ("source_weights", "min_answered", "assumed_item_sd"):
            mapping = getattr(self, name)
            missing = [s.value for s in Source if s not in mapping]
            if missing:
                raise ValueError(f"{name} lacks {', '.join(missing)}")
            object.__setattr__(self, name, _frozen({s: mapping[s] for s in Source}))
        weights = self.source_weights.values()
        if any(not math.isfinite(w) or w < 0 for w in weights) or sum(weights) <= 0:
            raise ValueError("source weights must be finite, >= 0 and not all 0")
        # 0 switches a source off; a positive weight too small to matter would only let float
        # underflow (w * discount == 0.0) decide whether the source counts
        if any(0.0 < w < MIN_POSITIVE_WEIGHT for w in weights):
            raise ValueError(f"a source weight is 0 or at least {MIN_POSITIVE_WEIGHT}")
        if not 0.0 <= self.self_discount <= 1.0:
            raise ValueError("self_discount must be within 0..1")
        if any(int(n) != n or n < 1 for n in self.min_answered.values()):
            raise ValueError("min_answered must be whole numbers >= 1")
        if not 0.0 <= self.fit_tolerance < self.zero_fit_distance:
            raise ValueError("need 0 <= fit_tolerance < zero_fit_distance")
        if self.scale_points < 2:
            raise ValueError("scale_points must be >= 2")
        if self.band_z <= 0 or any(sd <= 0 for sd in self.assumed_item_sd.values()):
            raise ValueError("band_z and assumed item SDs must be > 0")
        if self.max_strengths < 0 or self.max_development_areas < 0:
            raise ValueError("list lengths must be >= 0")

    def effective_weight(self, source: Source) -> float:
        """The weight ``source`` enters the combination with (self-rating discounted)."""
        weight = self.source_weights[source]
        return weight * self.self_discount if source is Source.SELF else weight

    @property
    def null_variance(self) -> float:
        """sigma^2_EU = (A^2 - 1) / 12, the variance of uniformly random ratings on A points."""
        return (self.scale_points ** 2 - 1) / 12.0


@dataclass(frozen=True, slots=True)
class ScaleStatistics:
    """Item statistics of one scale (a competency or a dimension, one source).

    ``alpha``: Cronbach's alpha (values below 0 count as 0, above 1 as 1);
    ``sd``: SD of the scale score in level points in the reference group;
    ``n``: number of first attempts they come from (for the report only).
    """

    alpha: float
    sd: float
    n: int = 0

    def __post_init__(self) -> None:
        if not (math.isfinite(self.alpha) and math.isfinite(self.sd)) or self.sd < 0:
            raise ValueError("alpha must be finite and sd finite and >= 0")

    @property
    def sem(self) -> float:
        """Standard error of measurement SD * sqrt(1 - alpha), level points."""
        return self.sd * math.sqrt(1.0 - min(1.0, max(0.0, self.alpha)))


StatsBySource = Mapping[Source, ScaleStatistics]


@dataclass(frozen=True)
class StatisticsSnapshot:
    """Item statistics frozen at one moment (may be empty); recorded by version."""

    version: str = "none"
    competencies: Mapping[str, StatsBySource] = field(default_factory=dict)
    dimensions: Mapping[str, StatsBySource] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("competencies", "dimensions"):
            mapping = getattr(self, name)
            object.__setattr__(self, name, _frozen({k: _frozen(v) for k, v in mapping.items()}))

    def competency(self, competency: str, source: Source) -> ScaleStatistics | None:
        return self.competencies.get(competency, {}).get(source)

    def dimension(self, dimension: str, source: Source) -> ScaleStatistics | None:
        return self.dimensions.get(dimension, {}).get(source)


#: The policy used when a vacancy sets none.
DEFAULT_POLICY = ScoringPolicy()

_BY_SOURCE = ("source_weights", "min_answered", "assumed_item_sd")


def policy_to_dict(policy: ScoringPolicy) -> dict[str, object]:
    """The policy's parameters as JSON-able data (sources as their string values)."""
    data: dict[str, object] = {}
    for f in fields(policy):
        value = getattr(policy, f.name)
        data[f.name] = {s.value: v for s, v in value.items()} if f.name in _BY_SOURCE else value
    return data


def policy_from_dict(data: Mapping[str, object]) -> ScoringPolicy:
    """Inverse of :func:`policy_to_dict`; validates like the constructor."""
    values = {name: ({Source(k): v for k, v in value.items()} if name in _BY_SOURCE else value)  # type: ignore[union-attr]
              for name, value in data.items()}
    return ScoringPolicy(**values)  # type: ignore[arg-type]
#: A snapshot without statistics: every band comes from the number of items.
EMPTY_SNAPSHOT = StatisticsSnapshot()
