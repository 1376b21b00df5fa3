"""Coverage summary of a bank and its text rendering."""
from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from assess.bank.coverage import (
    CompetencyGap, LanguageCoverage, RoleCoverage, coverage_summary, format_coverage, missing_texts,
)
from assess.bank.forms import Shortfall
from assess.domain import Bank, QuestionKind, TemplatePurpose, Text

K = QuestionKind

REPORT = """\
Items per dimension and kind:
  dimension  competencies  likert  knowledge  sjt  interview  open  total
  delivery              2       4          1    2          1     0      8
  people                2       2          1    0          1     1      5
  total                 4       6          2    2          2     1     13
Languages (items with every text present): ru 13/13, en 13/13
Competencies below the minimum (4 scored items, likert, sjt or knowledge, interview with 5 anchors and 2 probes): 3 of 4
  competency  dimension  problems
  tracking    delivery   2 scored items (needs 4); no interview with 5 anchors and 2 probes
  listening   people     2 scored items (needs 4); no interview with 5 anchors and 2 probes
  feedback    people     2 scored items (needs 4); no sjt or knowledge
Templates (drawn with their recorded seed):
  template           role          purpose          competencies  items  short
  account_lead.self  account_lead  self_assessment             4   9/12  tracking likert 1/2, tracking knowledge 0/1, listening interview 0/1
Templates per role:
  role          self_assessment    interview_kit
  account_lead  account_lead.self  MISSING"""


def test_counts_per_dimension_and_kind(minimal_bank: Bank) -> None:
    summary = coverage_summary(minimal_bank)
    assert summary.total_items == 13
    assert [(d.dimension, d.competencies, dict(d.counts), d.total) for d in summary.dimensions] == [
        ("delivery", 2, {K.LIKERT: 4, K.KNOWLEDGE: 1, K.SJT: 2, K.INTERVIEW: 1, K.OPEN: 0}, 8),
        ("people", 2, {K.LIKERT: 2, K.KNOWLEDGE: 1, K.SJT: 0, K.INTERVIEW: 1, K.OPEN: 1}, 5),
    ]


def test_gaps(minimal_bank: Bank) -> None:
    assert coverage_summary(minimal_bank).gaps == (
        CompetencyGap("tracking", "delivery", 2,
                      ("2 scored items (needs 4)", "no interview with 5 anchors and 2 probes")),
        CompetencyGap("listening", "people", 2,
                      ("2 scored items (needs 4)", "no interview with 5 anchors and 2 probes")),
        CompetencyGap("feedback", "people", 2, ("2 scored items (needs 4)", "no sjt or knowledge")),
    )


def test_templates_and_roles(minimal_bank: Bank) -> None:
    summary = coverage_summary(minimal_bank)
    (template,) = summary.templates
    assert (template.template, template.role, template.purpose) == (
        "account_lead.self", "account_lead", TemplatePurpose.SELF_ASSESSMENT)
    assert (template.competencies, template.wanted, template.drawn) == (4, 12, 9)
    assert template.shortfalls[0] == Shortfall(0, "tracking", K.LIKERT, 2, 1)
    assert summary.roles == (RoleCoverage(
        "account_lead",
        {TemplatePurpose.SELF_ASSESSMENT: ("account_lead.self",), TemplatePurpose.INTERVIEW_KIT: ()},
        (TemplatePurpose.INTERVIEW_KIT,)),)
    assert not summary.complete


def test_languages_are_counted_honestly(minimal_bank: Bank) -> None:
    assert coverage_summary(minimal_bank).languages == (
        LanguageCoverage("ru", 13, 13, ()), LanguageCoverage("en", 13, 13, ()))
    questions = dict(minimal_bank.questions)
    sjt = questions["planning.sjt.1"]
    options = (replace(sjt.options[0], text=Text(sjt.options[0].text.ru, " ")), *sjt.options[1:])
    questions["planning.sjt.1"] = replace(sjt, options=options)
    interview = questions["feedback.interview.1"]
    questions["feedback.interview.1"] = replace(
        interview, probes=(interview.probes[0], Text("", interview.probes[1].en)))
    competency = replace(minimal_bank.competencies["tracking"], advice=(Text("Совет", ""),))
    bank = replace(minimal_bank, questions=MappingProxyType(questions),
                   competencies=MappingProxyType({**minimal_bank.competencies, "tracking": competency}))
    assert coverage_summary(bank).languages == (
        LanguageCoverage("ru", 12, 13, ("question feedback.interview.1: probes.1",)),
        LanguageCoverage("en", 12, 13, ("competency tracking: advice.0", "question planning.sjt.1: options.0.text")),
    )
    assert missing_texts(minimal_bank, "en") == []


def test_format_coverage(minimal_bank: Bank) -> None:
    assert format_coverage(coverage_summary(minimal_bank)) == REPORT
