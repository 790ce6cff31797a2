"""Reading a premise: the failure in the dreamer's words, and what can be read from it.

"I froze at the piano recital in front of my whole family" is read into a
domain (music), a relic (the piano), a place (the recital hall), the people who
watched (my whole family) and an arc (one failed act: second-chance). Each
choice keeps the reason it was made, so a plan can say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .banks import Banks, Cued
from .template import Value, value_from_words

MAX_PREMISE_CHARS = 2000

# A lost career, business, reputation or vocation -> reinvention.
_REINVENTION = re.compile(
    r"\b(laid off|lay-?offs?|made redundant|redundanc(?:y|ies)|fired|sacked|let go|"
    r"bankrupt(?:cy)?|went (?:under|bust|broke)|go(?:ne)? bust|insolven\w*|folded|"
    r"lost (?:my|our|the) (?:job|career|business|company|shop|store|restaurant|license|"
    r"licence|seat|practice|firm|livelihood|reputation|tenure|contract|funding|position)|"
    r"career|vocation|disgrace\w*|scandal|struck off|disbarred|blacklisted|"
    r"(?:shut|closed) (?:down|for good)|had to close|closed (?:my|our|the) \w+|"
    r"forced (?:to|into) (?:retire|resign|quit)|retire[ds]?|resign(?:ed)?|"
    r"ended my|never (?:\w+ ){0,3}again|dropped out|quit (?:my|the) \w+|"
    r"(?:my|our) (?:\w+ ){0,2}(?:closed|shut|folded|went out of business)|"
    r"(?:after|for) (?:\w+ )?(?:years|decades))\b",
    re.IGNORECASE,
)
# "I dropped the trophy", "I spilled my coffee on the judge": the object of a failing
# verb is the dreamer's own word for the relic
_OBJECT = re.compile(
    r"\b(?:dropped|drop|broke|broken|smashed|shattered|lost|forgot|forgotten|spilled|spilt|"
    r"burned|burnt|crashed|tore|ripped|fumbled|snapped|cracked|botched|ruined|wrecked|"
    r"flubbed|fluffed|bungled|mangled|missed)\s+((?:the|my|our|a|an)\s+"
    r"(?:[a-z'-]+\s+){0,2}[a-z'-]+)",
    re.IGNORECASE,
)
_OBJECT_STOP = re.compile(
    r"\s+\b(?:at|in|on|during|before|after|when|while|and|so|but|because|from|for|of|with|"
    r"to|as)\b.*$",
    re.IGNORECASE,
)
_AUDIENCE = re.compile(
    r"\b(?:in front of|before|while|as|with)\s+((?:my|our|the|a|an|all|everyone|"
    r"everybody|half|three|two|four|five|hundreds|thousands|dozens|[a-z]+'s)\b[^,.;!?]*)",
    re.IGNORECASE,
)
_AUDIENCE_STOP = re.compile(
    r"\s+\b(?:at|during|and then|when|because|after|so|but|on|in|last|yesterday|today)\b.*$",
    re.IGNORECASE,
)
_AUDIENCE_WORDS = {
    "family": ("family",), "parents": ("family",), "mother": ("family", "female"),
    "mum": ("family", "female"), "mom": ("family", "female"), "father": ("family", "male"),
    "dad": ("family", "male"), "sister": ("family", "female"), "brother": ("family", "male"),
    "grandmother": ("family", "female"), "grandfather": ("family", "male"),
    "grandparents": ("family",), "kids": ("family",), "children": ("family",),
    "wife": ("family", "female"), "husband": ("family", "male"), "cousins": ("family",),
    "friends": ("friends",), "classmates": ("friends",), "teammates": ("friends",),
    "colleagues": ("friends",), "team": ("friends",), "class": ("friends",),
    "coworkers": ("friends",), "bandmates": ("friends",),
    "strangers": ("strangers",), "crowd": ("strangers",), "audience": ("strangers",),
    "everyone": ("strangers",), "investors": ("strangers",), "judges": ("strangers",),
    "panel": ("strangers",), "examiners": ("strangers",), "board": ("strangers",),
    "school": ("strangers",), "people": ("strangers",), "guests": ("strangers",),
}


@dataclass(frozen=True, slots=True)
class Premise:
    """What the dreamer brings, with the reason for every reading."""

    text: str
    domain: str
    arc: str
    relic: Value | None = None
    place: Value | None = None
    audience: Value | None = None
    audience_classes: tuple[str, ...] = ()
    why: dict[str, str] = field(default_factory=dict)
    truncated: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "domain": self.domain,
            "arc": self.arc,
            "relic": self.relic.source if self.relic else None,
            "place": self.place.source if self.place else None,
            "audience": self.audience.source if self.audience else None,
            "audience_classes": list(self.audience_classes),
            "why": dict(self.why),
            "truncated": self.truncated,
        }


_SUFFIX = re.compile(r"(?:ings|ing|ers|er|ed|es|s)$")
_PREMISE_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


def _stem(word: str) -> str:
    """A crude stem for matching cues: 'engineers', 'engineering' -> 'engineer';
    'hurdle', 'hurdles' -> 'hurdl'; 'dance', 'dancing' -> 'danc'."""
    stem = _SUFFIX.sub("", word)
    if len(stem) < 4:
        stem = word
    return stem[:-1] if len(stem) > 4 and stem.endswith("e") else stem


@lru_cache(maxsize=8192)
def _cue_stems(cue: str) -> tuple[str, ...]:
    return tuple(_stem(w) for w in _PREMISE_WORD.findall(cue.lower()))


@dataclass(frozen=True, slots=True)
class _Found:
    """Where a cue was found in a premise, like a regex match."""

    start: int
    text: str

    def group(self, _: int = 0) -> str:
        return self.text


class _Words:
    """A premise as stemmed words with their character offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_PREMISE_WORD.finditer(text.lower()))
        self.stems = [_stem(m.group(0)) for m in found]
        self.spans = [(m.start(), m.end()) for m in found]
        self.first: dict[str, int] = {}
        for i, st in enumerate(self.stems):
            self.first.setdefault(st, i)

    def find(self, cue: str) -> _Found | None:
        stems = _cue_stems(cue)
        if not stems:
            return None
        i = self.first.get(stems[0])
        if i is None:
            return None
        n = len(stems)
        for j in range(i, len(self.stems) - n + 1):
            if tuple(self.stems[j : j + n]) == stems:
                start, end = self.spans[j][0], self.spans[j + n - 1][1]
                return _Found(start, self.text[start:end])
        return None


@lru_cache(maxsize=256)
def _words(text: str) -> _Words:
    return _Words(text)


def _found(cue: str, text: str) -> _Found | None:
    return _words(text).find(cue)


_INDEX: dict[int, tuple[Banks, dict[str, list[tuple[str, str, float]]]]] = {}


def _cue_index(banks: Banks) -> dict[str, list[tuple[str, str, float]]]:
    """Every domain cue by its first stem: (domain, cue, weight)."""
    hit = _INDEX.get(id(banks))
    if hit is not None and hit[0] is banks:
        return hit[1]
    index: dict[str, list[tuple[str, str, float]]] = {}
    for d in banks.domains.values():
        if not d.cues:
            continue
        for weight, cues in ((1.0, d.cues), (0.5, tuple(c for r in d.relics for c in r.cues))):
            for cue in cues:
                stems = _cue_stems(cue)
                if stems:
                    index.setdefault(stems[0], []).append((d.id, cue, weight))
    _INDEX[id(banks)] = (banks, index)
    return index


def _scores(banks: Banks, text: str) -> dict[str, tuple[float, list[str]]]:
    """For each domain with a cue in ``text``: the premise words its cues cover (a phrase
    counts for more; a word counts once however many cues find it) and the cues."""
    words = _words(text)
    index = _cue_index(banks)
    covered: dict[str, dict[int, float]] = {}
    hits: dict[str, list[str]] = {}
    for stem in set(words.stems):
        for domain, cue, weight in index.get(stem, ()):
            m = words.find(cue)
            if not m:
                continue
            found = hits.setdefault(domain, [])
            if cue not in found:
                found.append(cue)
            value = weight * (1.0 + 0.5 * cue.count(" "))
            spans = covered.setdefault(domain, {})
            if value > spans.get(m.start, 0.0):
                spans[m.start] = value
    return {d: (sum(covered[d].values()), hits[d]) for d in covered}


def _first_cued(options: tuple[Cued, ...], text: str) -> tuple[Cued, _Found] | None:
    best: tuple[Cued, _Found] | None = None
    for option in options:
        for cue in option.cues:
            m = _found(cue, text)
            if m and (best is None or m.start < best[1].start):
                best = (option, m)
    return best


def _object_phrase(text: str) -> str | None:
    """The thing a failing verb acted on, when it is a noun: 'the trophy', 'my lines'."""
    from .morphology import is_noun

    m = _OBJECT.search(text)
    if not m:
        return None
    phrase = _OBJECT_STOP.sub("", m.group(1)).strip()
    words = phrase.split()
    if len(words) < 2 or not is_noun(words[-1]):
        return None
    return phrase


def _all(banks: Banks, kind: str) -> tuple[Cued, ...]:
    """Every domain's relics (or places): the premise may name an object that belongs
    to another field than the one its other words point to ("the trophy" at a play)."""
    out: list[Cued] = []
    for d in banks.domains.values():
        out.extend(getattr(d, kind))
    return tuple(out)


def _own_phrase(text: str, match: _Found) -> str | None:
    """``my grandmother's violin`` when the cue is preceded by the person's own 'my'."""
    before = text[: match.start].split()
    for back in range(1, 4):
        if len(before) >= back and before[-back].lower() in {"my", "our"}:
            words = before[-back:] + [match.group(0)]
            if all(re.fullmatch(r"[\w'-]+", w) for w in words):
                return " ".join(words)
    return None


def _audience_from_words(text: str) -> tuple[Value, tuple[str, ...]] | None:
    m = _AUDIENCE.search(text)
    if not m:
        return None
    phrase = _AUDIENCE_STOP.sub("", m.group(1)).strip()
    parts = phrase.split()
    while len(parts) > 1 and parts[-1].lower().endswith(("ing", "ed")):
        parts.pop()  # "the whole family watching" -> "the whole family"
    phrase = " ".join(parts)
    words = phrase.lower().replace("'s", "").split()
    classes: list[str] = []
    for w in words:
        for c in _AUDIENCE_WORDS.get(w, ()):
            if c not in classes:
                classes.append(c)
    if not classes or not 1 <= len(words) <= 7:
        return None
    return audience_value(phrase), tuple(classes)


def audience_value(words: str) -> Value:
    """An audience in a person's words: a group that keeps its determiner."""
    v = value_from_words(words)
    low = words.strip().lower()
    if not v.det and low.split(" ", 1)[0] in {"the", "a", "an", "all", "everyone", "everybody",
                                              "half", "both"}:
        from .template import parse_value

        text = words.strip()
        if low.startswith("the "):
            text = "the " + v.text
        star = text.replace(v.head, f"*{v.head}*", 1)
        return parse_value(star + " ~det" + (" ~pl" if v.plural else ""))
    return v


def classes_of(words: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in words.lower().replace("'s", "").split():
        for c in _AUDIENCE_WORDS.get(w, ()):
            if c not in out:
                out.append(c)
    return tuple(out) or ("strangers",)


def read_premise(
    text: str,
    banks: Banks,
    *,
    arc: str | None = None,
    relic: str | None = None,
    place: str | None = None,
    audience: str | None = None,
) -> Premise:
    """Read ``text`` into a :class:`Premise`; explicit options override what was read."""
    original = " ".join(text.split())
    truncated = len(original) > MAX_PREMISE_CHARS
    clean = original[:MAX_PREMISE_CHARS] if truncated else original
    why: dict[str, str] = {}

    scored = sorted(_scores(banks, clean).items(), key=lambda t: (-t[1][0], t[0]))
    if scored:
        domain_id, (score, hits) = scored[0]
        why["domain"] = f"cues {', '.join(repr(h) for h in hits)} (score {score:g})"
    else:
        domain_id = "general" if "general" in banks.domains else sorted(banks.domains)[0]
        why["domain"] = "no domain cue in the premise: the general domain"
    domain = banks.domains[domain_id]

    if arc is not None:
        arc_id = arc
        why["arc"] = f"chosen explicitly (--arc {arc})"
    else:
        m = _REINVENTION.search(clean)
        if m:
            arc_id = "reinvention"
            why["arc"] = f"a lost career, business or vocation ({m.group(0)!r})"
        else:
            arc_id = "second-chance"
            why["arc"] = "a single failed act: no sign of a lost career"

    relic_value: Value | None = None
    if relic:
        relic_value = value_from_words(relic)
        why["relic"] = "given explicitly"
    else:
        # in a lost career the object of "lost" is the career, not a relic
        obj = _object_phrase(clean) if arc_id == "second-chance" else None
        found = (_first_cued(domain.relics, obj) if obj else None) or (
            _first_cued(_all(banks, "relics"), obj) if obj else None)
        if obj and not found:
            relic_value = value_from_words(obj)
            why["relic"] = f"the premise's own words {obj!r}"
        where = obj or clean
        if not found and relic_value is None:
            where = clean
            found = _first_cued(domain.relics, clean) or _first_cued(_all(banks, "relics"), clean)
        if found:
            # "my grandmother's violin" keeps the person's words, but only when the cue is
            # the object itself, not an event ("my ballet recital")
            is_head = found[1].group(0).lower().startswith(found[0].value.head.lower()[:4])
            own = _own_phrase(where, found[1]) if is_head else None
            relic_value = value_from_words(own) if own else found[0].value
            why["relic"] = f"the premise names {found[1].group(0)!r}"

    place_value: Value | None = None
    if place:
        place_value = value_from_words(place)
        why["place"] = "given explicitly"
    else:
        pfound = _first_cued(domain.places, clean) or _first_cued(_all(banks, "places"), clean)
        if pfound:
            place_value = pfound[0].value
            why["place"] = f"the premise names {pfound[1].group(0)!r}"

    audience_v: Value | None = None
    classes: tuple[str, ...] = ()
    if audience:
        audience_v = audience_value(audience)
        classes = classes_of(audience)
        why["audience"] = "given explicitly"
    else:
        own_aud = _audience_from_words(clean)
        if own_aud:
            audience_v, classes = own_aud
            why["audience"] = "the premise says who watched"
        else:
            afound = _first_cued(domain.audiences, clean)
            if afound:
                audience_v = afound[0].value
                classes = afound[0].classes
                why["audience"] = f"the premise names {afound[1].group(0)!r}"

    return Premise(
        text=clean, domain=domain_id, arc=arc_id, relic=relic_value, place=place_value,
        audience=audience_v, audience_classes=classes, why=why, truncated=truncated,
    )
