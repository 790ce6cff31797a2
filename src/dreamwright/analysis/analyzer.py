"""analyze(text) -> Report: every stage of the analyzer wired together."""

from __future__ import annotations

from dreamwright.analysis._text import Document
from dreamwright.analysis.arcs import detect_arc
from dreamwright.analysis.changes import analyze_transformations
from dreamwright.analysis.characters import analyze_characters
from dreamwright.analysis.emotions import analyze_emotions
from dreamwright.analysis.outcomes import analyze_outcomes
from dreamwright.analysis.quality import analyze_quality
from dreamwright.analysis.report import Report
from dreamwright.analysis.senses import analyze_senses
from dreamwright.analysis.settings import analyze_objects, analyze_settings
from dreamwright.analysis.voice import analyze_voice

# Common English function words: a text where few words are among them is
# probably not English, and the English cue lexicons will find little in it.
_ENGLISH = frozenset(
    "the a an and or but of to in on at by for with from as is are was were be been "
    "i me my you your he she it we they them his her its our their this that not no "
    "there then so if when all what which who up out into over".split()
)
MIN_ENGLISH_SHARE = 0.12


def _notes(doc: Document) -> tuple[str, ...]:
    words = doc.words
    if not words:
        return ("no words found: the text is empty or has no letters",)
    notes = []
    share = sum(map(_ENGLISH.__contains__, words)) / len(words)
    if len(words) >= 8 and share < MIN_ENGLISH_SHARE:
        notes.append(
            f"the text does not look like English ({share:.0%} common English words); "
            "the cue lexicons are English, so expect few findings"
        )
    if len(words) < 30:
        notes.append(f"a short text ({len(words)} words): arc and emotion shape are tentative")
    return tuple(notes)


def analyze(text: str) -> Report:
    """Analyse one dream text: voice, arc and beats, senses, emotions,
    characters, settings, objects, transformations, outcomes and quality."""
    doc = Document(text)
    voice = analyze_voice(doc)
    emotions = analyze_emotions(doc)
    return Report(
        voice=voice,
        arc=detect_arc(doc),
        senses=analyze_senses(doc),
        emotions=emotions,
        characters=analyze_characters(doc, voice.person),
        settings=analyze_settings(doc, voice.person),
        objects=analyze_objects(doc),
        transformations=analyze_transformations(doc),
        outcomes=analyze_outcomes(doc, voice.person),
        quality=analyze_quality(doc.words),
        notes=_notes(doc),
    )
