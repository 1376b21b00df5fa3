"""Reasons are data: a message id plus its parameters, rendered only at the edge.

Every message id the engine can emit is a key of :data:`MESSAGES`; its English template
is wrapped in the no-op marker :func:`N_` so ``pybabel extract -k N_`` finds it.
Placeholders are ``{name}`` fields filled from the reason's parameters.

Parameter conventions (all values are raw, unrounded numbers until rendered):

* ``competency``, ``dimension``, ``rater``: ids; the report may pass display names.
* ``source``: a :class:`~assess.domain.Source` value (``self``, ``test``, ``interview``).
* names ending in ``_pct``: percentages 0..100, rendered without decimals and with the
  percent sign by :func:`render` (so no template contains ``%``, which gettext tools would
  take for a printf placeholder, and each locale places the sign its own way).
* other floats (``level``, ``gap``, ``band``, ``r_wg``, ...): level points or indices,
  rendered with two decimals. Integers are rendered as they are.

Translations live in the gettext catalogues (``translations/<lang>``), like every other
user-facing string: :func:`render` takes the caller's ``gettext``.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import Callable, Mapping


def N_(message: str) -> str:
    """Mark ``message`` for extraction (pybabel keyword ``N_``); returns it unchanged."""
    return message


#: English template of every message id.
MESSAGES: Mapping[str, str] = MappingProxyType({
    "source_insufficient": N_(
        "{competency}: {answered} of {asked} {source} items answered, at least {minimum} "
        "needed; this source is not scored."),
    "insufficient_evidence": N_(
        "{competency}: not enough answered items in any source; insufficient evidence, no score."),
    "no_weighted_source": N_(
        "{competency}: evidence comes only from sources the scoring policy gives no weight; no score."),
    "sources_partial": N_(
        "{competency}: the score rests on {share_pct} of the policy's source weight."),
    "no_target": N_(
        "{competency}: the portrait sets no target; it does not count towards fit."),
    "meets_target": N_(
        "{competency}: at or above the target {target}."),
    "gap_beyond_band": N_(
        "{competency}: level {level} against the target {target}, a gap of {gap}, larger "
        "than the uncertainty band of ±{band}: a confirmed gap."),
    "gap_within_band": N_(
        "{competency}: level {level} against the target {target}, a gap of {gap}, within "
        "the uncertainty band of ±{band}: not a confirmed gap."),
    "single_rater": N_(
        "{competency}: rated by one interviewer only ({rater}); agreement cannot be computed."),
    "not_observed": N_(
        "{competency}: {count} interview ratings marked \"not observed\"; treated as missing."),
    "panel_low_agreement": N_(
        "{competency}: interviewers agree weakly (r_wg {r_wg}, below {threshold}); discuss "
        "before deciding."),
    "panel_spread": N_(
        "{competency}: interviewers' ratings differ by {spread} points (threshold {threshold}); "
        "discuss before deciding."),
    "dimension_partial": N_(
        "{dimension}: scored from {scored} of {asked} competencies."),
    "dimension_no_evidence": N_(
        "{dimension}: no competency has enough evidence; no score."),
    "fit_based_on": N_(
        "Fit with the portrait: {fit_pct}, based on {share_pct} of the portrait."),
    "fit_unavailable": N_(
        "No fit with the portrait: no dimension with a weight has enough evidence."),
    "bands_from_item_count": N_(
        "{count} uncertainty bands are estimated from the number of items, because item "
        "statistics are not available yet."),
})

#: Display names of the evidence sources (used for the ``{source}`` parameter).
SOURCE_NAMES: Mapping[str, str] = MappingProxyType({
    "self": N_("self-rating"),
    "test": N_("test"),
    "interview": N_("interview"),
})

Param = str | int | float | None


@dataclass(frozen=True, slots=True)
class Reason:
    """One message id with its parameters (name, value) in a fixed order; no prose."""

    id: str
    params: tuple[tuple[str, Param], ...] = ()

    def param(self, name: str) -> Param:
        """The value of parameter ``name`` (KeyError when absent)."""
        for key, value in self.params:
            if key == name:
                return value
        raise KeyError(name)

    def as_dict(self) -> dict[str, Param]:
        """Parameters as a plain dict (raw values)."""
        return dict(self.params)


def reason(message_id: str, **params: Param) -> Reason:
    """A :class:`Reason`; ``message_id`` must be a key of :data:`MESSAGES`."""
    if message_id not in MESSAGES:
        raise KeyError(f"unknown message id {message_id!r}")
    return Reason(message_id, tuple(params.items()))


def present_param(name: str, value: Param) -> Param:
    """The presentation value of one parameter: floats rounded once, here (half up)."""
    if isinstance(value, float):
        return round_half_up(value, 0 if name.endswith("_pct") else 2)
    return value


def round_half_up(value: float, digits: int) -> float | int:
    """``value`` rounded half away from zero to ``digits`` decimals (int when digits == 0).

    Uses the shortest decimal representation of the float, so 2.675 rounds to 2.68 as a
    reader expects (``round`` would give 2.67 and rounds halves to even).
    """
    quantum = Decimal(1).scaleb(-digits)
    rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    return int(rounded) if digits == 0 else float(rounded)


def render(item: Reason, translate: Callable[[str], str] | None = None,
           labels: Mapping[str, str] | None = None,
           number: Callable[[int | float], str] | None = None,
           percent: Callable[[int | float], str] | None = None) -> str:
    """``item`` as text. ``translate`` is a gettext (identity: English); string parameters
    are looked up in ``labels`` (e.g. competency ids to names) and source ids in
    :data:`SOURCE_NAMES`; ``number`` formats numbers for the reader's locale (default ``str``:
    ``0.85``; a Russian reader expects ``0,85``) and ``percent`` the ``*_pct`` ones, given
    0..100 (default ``"72 %"``). Numbers are rounded here, once."""
    tr = translate or _identity
    values: dict[str, Param] = {}
    for name, value in item.params:
        value = present_param(name, value)
        if isinstance(value, str):
            if name == "source":
                value = tr(SOURCE_NAMES[value]) if value in SOURCE_NAMES else value
            elif labels is not None:
                value = labels.get(value, value)
        elif name.endswith("_pct") and value is not None:
            value = percent(value) if percent is not None else f"{value} %"
        elif number is not None and value is not None:
            value = number(value)
        values[name] = value
    return tr(MESSAGES[item.id]).format(**values)


def _identity(message: str) -> str:
    return message
