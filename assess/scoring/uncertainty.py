"""Uncertainty bands of scores, in level points of the 1..5 scale.

* From item statistics (method ``reliability``): SEM = SD * sqrt(1 - alpha).
* Without them (method ``item_count``): SE = assumed item SD / sqrt(n answered items),
  the standard error of a mean of n items (the assumed SD is a policy parameter).
* Scores combined from others (weighted means) carry SE = sqrt(sum (w_i / W)^2 SE_i^2),
  errors taken as independent; the method is the parts' common method, else ``mixed``.

A band is ``z * SE`` either side of the score (policy ``band_z``; 1.96: 95 %).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable, Sequence


class BandMethod(StrEnum):
    """Where a band's standard error comes from."""

    RELIABILITY = "reliability"  #: SEM from alpha and SD of a statistics snapshot
    ITEM_COUNT = "item_count"  #: assumed item SD over the square root of the item count
    MIXED = "mixed"  #: combined from parts of both kinds


@dataclass(frozen=True, slots=True)
class Band:
    """``half_width = z * se`` level points either side of a score; ``se`` >= 0."""

    se: float
    half_width: float
    method: BandMethod


def sem_from_reliability(sd: float, alpha: float) -> float:
    """SD * sqrt(1 - alpha), alpha clamped to 0..1; same unit as ``sd``."""
    return sd * math.sqrt(1.0 - min(1.0, max(0.0, alpha)))


def se_from_item_count(item_sd: float, n: int) -> float:
    """Standard error of the mean of ``n`` >= 1 items with SD ``item_sd``."""
    return item_sd / math.sqrt(n)


def se_of_weighted_mean(ses: Sequence[float], weights: Sequence[float]) -> float:
    """SE of sum(w_i x_i) / sum(w_i) for independent x_i with standard errors ``ses``."""
    total = sum(weights)
    return math.sqrt(sum((w / total) ** 2 * se * se for se, w in zip(ses, weights)))


def se_of_mean(ses: Sequence[float]) -> float:
    """SE of the plain mean of independent scores: sqrt(sum SE_i^2) / k."""
    return math.sqrt(sum(se * se for se in ses)) / len(ses)


def common_method(methods: Iterable[BandMethod]) -> BandMethod:
    """The one method all parts share, else MIXED."""
    found = set(methods)
    if len(found) == 1:
        return found.pop()
    return BandMethod.MIXED


def is_gap(gap: float, band: Band) -> bool:
    """A shortfall is called a gap only when larger than its band's half-width (by more
    than 1e-9 level points, the float slack used at every threshold)."""
    return -gap > band.half_width + 1e-9
