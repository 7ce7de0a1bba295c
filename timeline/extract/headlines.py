"""Short human headlines for extracted events: "Ryabkov meets Biegun in Washington"."""

from __future__ import annotations

from timeline.extract.actors import Mention

#: How each type reads after its actor; subtypes of statement read as "Actor: interview".
_VERBS = {
    "meeting": "meets",
    "visit": "visits",
    "exercise": "holds exercise",
    "military_display": "military display",
    "agreement": "agreement",
    "sanction": "sanctions",
    "attack": "attack",
    "election": "election",
    "other": "event",
}
_STATEMENT = {
    None: "statement",
    "speech": "speech",
    "interview": "interview",
    "press_conference": "press conference",
    "announcement": "announcement",
    "appeal": "appeal",
}


def short_name(mention: Mention) -> str:
    """A person by surname, anything else by its name."""
    if mention.kind == "person" and "-" not in mention.name.split()[-1]:
        return mention.name.split()[-1]
    return mention.name


def _object(trigger_text: str, lemma: str, after: str) -> str:
    words = [w.strip(",.;:“”\"'") for w in after.split()[:4]]
    kept: list[str] = []
    for word in words:
        if not word or word.lower() in {
            "and",
            "on",
            "in",
            "at",
            "for",
            "to",
            "with",
            "that",
            "which",
            "of",
        }:
            break
        kept.append(word)
    verb = lemma.split()[0]
    verb = verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
    obj = " ".join(
        w for w in kept if w.lower() not in {"the", "a", "an", "its", "their", "his", "her"}
    )
    return f"{verb} {obj}".strip()


def headline(
    type_name: str,
    subtype: str | None,
    principal: Mention,
    actors: list[Mention],
    location: str | None,
    trigger_text: str = "",
    lemma: str = "",
    after: str = "",
    noun: bool = True,
) -> str:
    """A headline from the principal actor, what happened and to whom or where."""
    who = short_name(principal)
    if type_name == "statement":
        return f"{who}: {_STATEMENT.get(subtype, 'statement')}"
    others = [m for m in actors if m.name != principal.name and m.kind == principal.kind]
    others = [m for m in others if m.name != principal.name]
    if type_name == "meeting":
        title = f"{who} meets {short_name(others[0])}" if others else f"{who}: talks"
    elif type_name == "visit":
        title = f"{who} visits {location}" if location else f"{who}: visit"
        return title
    elif not noun and lemma and after and lemma.split()[0] != trigger_text.split()[0].lower():
        title = f"{who} {_object(trigger_text, lemma, after)}"
    else:
        title = f"{who}: {_VERBS.get(type_name, type_name)}"
    if location:
        title += f" in {location}"
    return title
