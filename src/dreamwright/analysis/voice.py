"""Narrative voice: grammatical person and tense."""

from __future__ import annotations

import re

from dreamwright.analysis._scan import hits
from dreamwright.analysis._text import Document
from dreamwright.analysis.report import Person, Tense, Voice

# The word after a subject pronoun (perhaps after an adverb): its verb.
_NEXT_VERB = re.compile(r"\s+(?:\w+ly\s+)?(\w+)\b")
_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she"})


def person_counts(doc: Document) -> dict[str, int]:
    counts = {"first": 0, "second": 0, "third": 0}
    for hit in hits(doc, "person"):
        for tag in hit.tags:
            counts[tag.category] += 1
    return counts


def detect_person(doc: Document) -> Person:
    """The person the dreamer is told in.

    Dialogue and a framing line ("I am dreaming." before a second-person
    dream) are outvoted by the body of the text; third person wins only when
    first- and second-person pronouns are rare.
    """
    c = person_counts(doc)
    if c["second"] > c["first"] and c["second"] >= 0.25 * c["third"]:
        return "second"
    if c["first"] >= 0.25 * c["third"] and c["first"] > 0:
        return "first"
    if c["third"] > 0:
        return "third"
    return "second" if c["second"] > c["first"] else "first"


def detect_tense(doc: Document) -> Tense:
    past = present = 0
    for hit in hits(doc, "tense"):
        for tag in hit.tags:
            if tag.category == "past":
                past += 1
            else:
                present += 1
    for hit in hits(doc, "person"):
        pronoun = hit.form.lower()
        if pronoun not in _SUBJECTS:
            continue
        m = _NEXT_VERB.match(doc.text, hit.end)
        if m is None:
            continue
        verb = m.group(1).lower()
        if verb.endswith("ed"):
            past += 1
        elif pronoun in ("he", "she") and verb.endswith("s") and not verb.endswith("ss"):
            present += 1
    return "past" if past > present else "present"


def analyze_voice(doc: Document) -> Voice:
    return Voice(
        person=detect_person(doc),
        tense=detect_tense(doc),
        words=doc.word_count,
        sentences=len(doc.sentences),
        chars=len(doc.text),
    )
