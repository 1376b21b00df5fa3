"""Quality rules for a loaded bank: what the loader accepts but a good test avoids.

:func:`lint_bank` runs every rule of :data:`RULES` over a valid
:class:`~assess.domain.Bank` and returns :class:`Finding` objects, sorted errors first.
The loader guarantees shape and references; lint looks at content:

``option-length``
    error: within one item, the longest option is more than
    :attr:`LintPolicy.max_option_length_ratio` (1.5) times the shortest, in some language.
    Lengths are characters after collapsing runs of whitespace (see :func:`text_length`).
    Candidates learn that the odd-length option is the key; even lengths remove the cue.
``key-longest``
    error: among the items with ``k`` options, the keyed option (knowledge: the
    ``correct`` one; sjt: one with the highest effectiveness) is the strictly longest
    option in more than ``1/k + 10 %`` (:attr:`LintPolicy.key_longest_margin`) of them,
    bank-wide, per ``k`` and per language. ``1/k`` is what chance gives; the margin
    allows for the natural wordiness of precise keys. A tie for longest gives no unique
    cue and does not count. Each item counted is listed in a warning.
``duplicate-option``
    error: two options of one item say the same thing (normalised, see :func:`normalise`).
``duplicate-text``
    error: two items have the same normalised text in one language.
``near-duplicate``
    warning: two items' texts in one language have a token-set Jaccard similarity of
    at least :attr:`LintPolicy.near_duplicate_threshold` (0.7). Tokens are the words of
    the normalised text cut to their first :attr:`LintPolicy.stem_length` (5)
    characters, a crude stemmer that makes Russian inflections ("стратегию",
    "стратегии") and English plurals one token (see :func:`tokens`). At 0.7 a sentence
    reworded around the same content words, or a one-word swap in a stock statement
    ("I regularly update the product roadmap / backlog"), is flagged, while prompts
    that share only a stock opening ("Tell me about a time you had to turn down a
    client / convince your team": 0.57) are not. A near-duplicate usually shows in at
    least one language; English, with little inflection, shows it best.

Lint is pure and deterministic: findings do not depend on hash randomisation.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from math import ceil, floor
from typing import Callable, Iterable, Literal, Sequence

from ..domain import LANGUAGES, Bank, Option, Question, QuestionKind

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One lint finding about one item (``item`` "-" for the bank as a whole).

    ``field`` is a dotted path inside the item, as in the bank files
    (``options.2.text.en``), or "-" when the whole item is meant. Sorting puts errors
    before warnings, then by item.
    """

    severity: Severity
    item: str
    field: str
    message: str
    rule: str = ""

    def __str__(self) -> str:
        return f"{self.severity}: {self.item}: {self.field}: {self.message} [{self.rule}]"


@dataclass(frozen=True, slots=True)
class LintPolicy:
    """The thresholds of the lint rules; :data:`DEFAULT_POLICY` is what the bank must meet."""

    #: longest / shortest option length (characters) allowed within one item, inclusive.
    max_option_length_ratio: Fraction = Fraction(3, 2)
    #: share of k-option items whose key may be the longest option, beyond chance (1/k).
    key_longest_margin: Fraction = Fraction(1, 10)
    #: token-set Jaccard similarity from which two texts are near-duplicates, inclusive.
    near_duplicate_threshold: Fraction = Fraction(7, 10)
    #: characters of each word kept as its token (crude stemming) for near-duplicates.
    stem_length: int = 5


DEFAULT_POLICY = LintPolicy()

Rule = Callable[[Bank, LintPolicy], Iterable[Finding]]


def lint_bank(bank: Bank, policy: LintPolicy = DEFAULT_POLICY) -> list[Finding]:
    """Every finding of every rule in :data:`RULES` on ``bank``, sorted (errors first)."""
    return sorted(f for rule in RULES for f in rule(bank, policy))


def has_errors(findings: Iterable[Finding]) -> bool:
    """True when any finding is an error (a bank with lint errors must not ship)."""
    return any(f.severity == "error" for f in findings)


# --- text helpers --------------------------------------------------------------------

class _Spacer(dict[int, str]):
    """str.translate table: punctuation (Unicode category P*) -> space, "ё" -> "е", any
    other character -> itself. Filled on first sight of each character, so translating
    runs at C speed after warm-up."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = " " if unicodedata.category(char).startswith("P") else "е" if char == "ё" else char
        self[code] = value
        return value


_SPACER = _Spacer()


def normalise(text: str) -> str:
    """Text as compared for duplicates: NFKC, casefolded, "ё" as "е", punctuation
    (Unicode category P*) replaced by spaces, runs of whitespace collapsed, stripped."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_SPACER).split())


def text_length(text: str) -> int:
    """Length in characters as the candidate sees it: whitespace runs count as one."""
    return len(" ".join(text.split()))


def tokens(text: str, stem_length: int) -> frozenset[str]:
    """The set of words of the normalised text, each cut to ``stem_length`` characters."""
    return frozenset(word[:stem_length] for word in normalise(text).split())


def _with_options(bank: Bank) -> list[Question]:
    return [q for q in bank.questions.values() if q.options]


# --- rules ---------------------------------------------------------------------------

def option_length_rule(bank: Bank, policy: LintPolicy) -> Iterable[Finding]:
    """Error when, in some language, an item's longest option exceeds the ratio."""
    ratio = policy.max_option_length_ratio
    for q in _with_options(bank):
        for lang in LANGUAGES:
            lengths = [text_length(o.text.get(lang)) for o in q.options]
            longest = max(range(len(lengths)), key=lambda i: (lengths[i], -i))
            shortest = min(range(len(lengths)), key=lambda i: (lengths[i], i))
            if lengths[longest] > ratio * lengths[shortest]:
                actual = lengths[longest] / max(lengths[shortest], 1)
                yield Finding(
                    "error", q.id, f"options.{longest}.text.{lang}",
                    f"longest option {q.options[longest].id!r} ({lengths[longest]} chars) is "
                    f"{actual:.2f}x the shortest {q.options[shortest].id!r} ({lengths[shortest]} chars); "
                    f"limit {float(ratio):g}x",
                    "option-length")


def keyed_options(q: Question) -> tuple[Option, ...]:
    """The key(s) of an item: the correct knowledge option, or the sjt option(s) with the
    highest effectiveness; empty for kinds without options."""
    if q.kind is QuestionKind.KNOWLEDGE:
        return tuple(o for o in q.options if o.correct)
    if q.kind is QuestionKind.SJT and q.options:
        best = max(o.effectiveness or 0 for o in q.options)
        return tuple(o for o in q.options if o.effectiveness == best)
    return ()


def key_longest_index(q: Question, lang: str) -> int | None:
    """Index of the option that is strictly the longest in ``lang`` when it is a key, else None."""
    lengths = [text_length(o.text.get(lang)) for o in q.options]
    top = max(lengths, default=0)
    if lengths.count(top) != 1:
        return None
    index = lengths.index(top)
    return index if q.options[index] in keyed_options(q) else None


def key_longest_rule(bank: Bank, policy: LintPolicy) -> Iterable[Finding]:
    """Error per (k, language) whose share of key-is-longest items exceeds 1/k + margin,
    with a warning on each item counted."""
    by_k: dict[int, list[Question]] = {}
    for q in _with_options(bank):
        if keyed_options(q):
            by_k.setdefault(len(q.options), []).append(q)
    for k in sorted(by_k):
        items = by_k[k]
        limit = Fraction(1, k) + policy.key_longest_margin
        allowed = floor(limit * len(items))
        for lang in LANGUAGES:
            hits = [(q, i) for q in items if (i := key_longest_index(q, lang)) is not None]
            if len(hits) <= allowed:
                continue
            yield Finding(
                "error", "-", f"options.text.{lang}",
                f"the key is the longest option in {len(hits)} of {len(items)} items with {k} options "
                f"({len(hits) / len(items):.1%}); the limit is 1/{k} + {float(policy.key_longest_margin):.0%} = "
                f"{float(limit):.1%}, at most {allowed}: shorten the key or lengthen a distractor "
                f"in at least {len(hits) - allowed} of the items listed as warnings",
                "key-longest")
            for q, i in hits:
                yield Finding(
                    "warning", q.id, f"options.{i}.text.{lang}",
                    f"the key {q.options[i].id!r} is the longest option (counts toward the "
                    f"{k}-option limit in {lang})",
                    "key-longest")


def duplicate_option_rule(bank: Bank, policy: LintPolicy) -> Iterable[Finding]:
    """Error for each option whose normalised text repeats an earlier option of the item."""
    for q in _with_options(bank):
        for lang in LANGUAGES:
            first: dict[str, str] = {}
            for i, o in enumerate(q.options):
                norm = normalise(o.text.get(lang))
                if norm in first:
                    yield Finding("error", q.id, f"options.{i}.text.{lang}",
                                  f"option {o.id!r} has the same text as option {first[norm]!r}",
                                  "duplicate-option")
                else:
                    first[norm] = o.id


def duplicate_text_rule(bank: Bank, policy: LintPolicy) -> Iterable[Finding]:
    """Error for each item whose normalised text repeats an earlier item's, per language."""
    for lang, pairs in duplicate_texts(bank).items():
        for later, earlier in pairs:
            yield Finding("error", later, f"text.{lang}",
                          f"same {lang} text as item {earlier!r}", "duplicate-text")


def duplicate_texts(bank: Bank) -> dict[str, list[tuple[str, str]]]:
    """Per language, (item, the earlier item with the same normalised text), in bank order."""
    found: dict[str, list[tuple[str, str]]] = {}
    for lang in LANGUAGES:
        first: dict[str, str] = {}
        found[lang] = []
        for q in bank.questions.values():
            norm = normalise(q.text.get(lang))
            if norm in first:
                found[lang].append((q.id, first[norm]))
            else:
                first[norm] = q.id
    return found


def near_duplicate_rule(bank: Bank, policy: LintPolicy) -> Iterable[Finding]:
    """Warning for each pair of items whose texts in one language are near-duplicates
    (exact duplicates are left to ``duplicate-text``)."""
    questions = list(bank.questions.values())
    for lang in LANGUAGES:
        sets = [tokens(q.text.get(lang), policy.stem_length) for q in questions]
        norms = [normalise(q.text.get(lang)) for q in questions]
        for i, j, similarity in similar_pairs(sets, policy.near_duplicate_threshold):
            if norms[i] == norms[j]:
                continue
            yield Finding("warning", questions[j].id, f"text.{lang}",
                          f"{lang} text is {float(similarity):.0%} similar to item {questions[i].id!r} "
                          f"(token Jaccard; threshold {float(policy.near_duplicate_threshold):.0%})",
                          "near-duplicate")


def similar_pairs(sets: Sequence[frozenset[str]], threshold: Fraction) -> list[tuple[int, int, Fraction]]:
    """Pairs ``(i, j, jaccard)`` with ``i < j`` and Jaccard similarity >= ``threshold`` (> 0).

    Exact, and fast through prefix filtering: tokens are ordered rarest first; if
    ``J(A, B) >= t`` then ``|A & B| >= ceil(t * |A|)``, so the first
    ``|A| - ceil(t * |A|) + 1`` tokens of A and the same prefix of B share a token.
    Only prefixes are indexed, so common words ("я", "the") never make candidates;
    candidates are then scored in full. Sorted by (i, j); empty sets match nothing.
    """
    frequency = Counter(token for s in sets for token in s)
    index: dict[str, list[int]] = {}
    found: list[tuple[int, int, Fraction]] = []
    for j, current in enumerate(sets):
        ordered = sorted(current, key=lambda token: (frequency[token], token))
        prefix = ordered[:len(ordered) - ceil(threshold * len(ordered)) + 1] if ordered else []
        candidates: set[int] = set()
        for token in prefix:
            earlier = index.setdefault(token, [])
            candidates.update(earlier)
            earlier.append(j)
        for i in sorted(candidates):
            shared = len(sets[i] & current)
            similarity = Fraction(shared, len(sets[i]) + len(current) - shared)
            if similarity >= threshold:
                found.append((i, j, similarity))
    return sorted(found)


#: Every rule lint_bank runs, in order; each takes (bank, policy) and yields findings.
RULES: tuple[Rule, ...] = (
    option_length_rule,
    key_longest_rule,
    duplicate_option_rule,
    duplicate_text_rule,
    near_duplicate_rule,
)
