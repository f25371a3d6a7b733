"""Combine the findings for one (qualification, document) into one verdict.

Policy (documented in the README of this package):

* A choice made on a form (checkbox, mark, strikethrough) outweighs narrative sentences.
* Salience: the conclusion outranks a remark in the body. Each finding carries
  ``salience = (conclusion, explicit)``: whether it stands in the review's conclusion (a
  closing section, a "Kopumā …" sentence, a "Kopvērtējums" row) and whether it names the
  document or is said in the first person. Only the most salient findings count, so a
  conflict is two equally salient statements that disagree.
* A bare "atbalstāms" (corrections not mentioned) is refined by a "needs corrections"
  finding for the same document; that is not a conflict.
* Any other disagreement (supported vs not supported, "bez precizējumiem" vs
  "pēc precizējumu veikšanas") is a conflict: the verdict is ``unknown`` and a
  ``conflict`` problem lists the verdicts found, so a person decides. The domain brief
  defines ``unknown`` as "nothing found, or contradictory"; picking the most
  conservative verdict would hide the contradiction from the coordinator.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.nlp.findings import Finding
from pipeline.records import NEEDS_CORRECTIONS, SUPPORTED, UNKNOWN

FORM_METHODS = frozenset({"checkbox", "mark", "strike", "table"})


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict for one document, the findings it rests on, and any conflicting verdicts."""

    verdict: str
    findings: tuple[Finding, ...]
    conflict: tuple[str, ...] = ()

    @property
    def confidence(self) -> float:
        """Return the confidence: the best finding's, lowered for a conflict."""
        if self.conflict:
            return 0.3
        return max((f.confidence for f in self.findings), default=0.0)


def decide(findings: list[Finding]) -> Decision:
    """Return the decision for the findings about one document."""
    if not findings:
        return Decision(UNKNOWN, ())
    form = [f for f in findings if f.method in FORM_METHODS]
    if form:
        findings = form
    top = max(f.salience for f in findings)
    if not form:
        salient = [f for f in findings if f.salience == top]
        # a plain "Kopumā atbalstu" (it forwards nothing) leaves the corrections asked elsewhere standing
        if all(f.verdict == SUPPORTED and f.settled is False for f in salient):
            salient += [f for f in findings if f.verdict == NEEDS_CORRECTIONS and f not in salient]
        findings = salient
    verdicts = {f.verdict for f in findings}
    if len(verdicts) == 1:
        return Decision(findings[0].verdict, tuple(findings))
    unsettled_support = all(f.settled is False for f in findings if f.verdict == SUPPORTED)
    if verdicts == {SUPPORTED, NEEDS_CORRECTIONS} and unsettled_support:
        chosen = tuple(f for f in findings if f.verdict == NEEDS_CORRECTIONS)
        return Decision(NEEDS_CORRECTIONS, chosen)
    return Decision(UNKNOWN, tuple(findings), tuple(sorted(verdicts)))
