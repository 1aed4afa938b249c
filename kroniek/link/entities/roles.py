"""Roles: the office or function a person mention carries ("minister van Financiën", "CEO")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..names import ARTICLES, data_rows
from .words import CONNECTORS

# Roles that take the body they serve after the name: "Minister Hoekstra van Financiën".
_ROLES_WITH_BODY = frozenset(
    {"minister", "staatssecretaris", "secretaris-generaal", "commissaris", "voorzitter"}
)
_APPOSITION_RE = re.compile(
    r"\s*,\s*((?:de|het|een)\s+)?([^,.;:()\n„“\"«»]{2,120}?)\s*(?=[,.;:()\n„“\"«»]|$)"
)
_BODY_AFTER_RE = re.compile(
    r"\s+(van|voor)\s+((?:de\s+|het\s+)?(?:[A-Z][\w\-]*)(?:\s+(?:en\s+)?[A-Z][\w\-]*)*)"
)


@cache
def role_nouns() -> frozenset[str]:
    """Dutch nouns naming an office or function (kroniek/data/nl_roles.tsv)."""
    return frozenset(r[0].strip().casefold() for r in data_rows("nl_roles.tsv"))


def role_head(word: str) -> str | None:
    """The role noun a word is or ends in: "luitenant-generaal" -> "generaal", "KLM-baas" -> "baas"."""
    w = word.strip(",.;:()\"'“”„").casefold()
    if not w:
        return None
    roles = role_nouns()
    if w in roles:
        return w.rsplit("-", 1)[-1]
    if "-" in w and w.rsplit("-", 1)[-1] in roles:
        return w.rsplit("-", 1)[-1]
    # Compounds ("interimbestuursvoorzitter", "topdiplomaat"): the longest role noun the word ends
    # in, after at least three letters of its own; roles nest ("hoofdredacteur" / "acteur"), so the
    # longest wins, whatever the set's (hash-seeded) order.
    for i in range(3, len(w) - 3):
        if w[i:] in roles:
            return w[i:]
    return None


def role_heads(roles: Iterable[str]) -> set[str]:
    """The role nouns in a list of roles ("minister van Financiën" -> {"minister"})."""
    out = set()
    for r in roles:
        for w in r.split():
            h = role_head(w)
            if h:
                out.add(h)
    return out


def roles_in_text(text: str, start: int, end: int) -> list[str]:
    """Roles written next to a person mention: "minister van Financiën" in "X, minister van Financiën,"."""
    roles = [r for r in (_apposition_role(text, end), _preceding_role(text, start, end)) if r]
    return roles


def _apposition_role(text: str, end: int) -> str | None:
    """A role after the name: ", (de) secretaris-generaal van de VN," (hard-wrapped lines allowed)."""
    after = re.sub(r"(?<!\n)\n(?!\n)", " ", text[end : end + 160])
    m = _APPOSITION_RE.match(after)
    if not m:
        return None
    ws = m.group(2).split()
    while ws and ws[-1].casefold() in CONNECTORS | ARTICLES:
        ws.pop()  # the phrase was cut at a bracket: "van de (OVSE)"
    if not (ws and any(role_head(w) for w in ws[:3])):
        return None
    if ws[0].casefold() in role_nouns():
        ws[0] = ws[0].lower()
    return " ".join(ws)


def _preceding_role(text: str, start: int, end: int) -> str | None:
    """A role noun right before the name: "de Russische generaal Valeri Gerasimov",
    "Minister Hoekstra van Financiën" (with the body written after the name)."""
    bw = re.findall(r"[\w'’\-]+|[^\w\s]", text[max(0, start - 80) : start])
    if not bw or bw[-1] in {",", ".", ";", ":", "(", ")"} or not role_head(bw[-1]):
        return None
    role = bw[-1]
    if role[:1].isupper() and role.casefold() in role_nouns():
        role = role[0].lower() + role[1:]
    tail = _BODY_AFTER_RE.match(text[end : end + 80])
    if tail and role.casefold() in _ROLES_WITH_BODY:
        role = f"{role} {tail.group(1)} {tail.group(2)}"
    return role
