"""The user's own catalog edits (stored in the database) applied over the bundled and learned catalog."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from .analysis import (
    Catalog,
    CharacterEntry,
    LearnedFact,
    PersonEntry,
    ShowEntry,
    catalog_from_learned,
    load_starter_catalog,
)

ACTIONS = ("show", "character", "person", "alias", "merge")
KINDS = ("show", "character", "person")


class CatalogEditError(ValueError):
    """An edit that cannot apply; the message says why."""


def validate_edit(action: str, payload: dict) -> None:
    """Check an edit's shape before it is stored."""
    if action not in ACTIONS:
        raise CatalogEditError(f"unknown catalog edit {action!r}; use one of {', '.join(ACTIONS)}")
    needed = {"alias": ("kind", "name", "alias"), "merge": ("kind", "keep", "drop")}.get(action, ("name",))
    for key in needed:
        if not str(payload.get(key) or "").strip():
            raise CatalogEditError(f"a {action} edit needs a {key}")
    if action in ("alias", "merge") and payload["kind"] not in KINDS:
        raise CatalogEditError(f"kind must be one of {', '.join(KINDS)}")


def _entries(catalog: Catalog, kind: str) -> tuple:
    return {"show": catalog.shows, "character": catalog.characters, "person": catalog.people}[kind]


def _with_entries(catalog: Catalog, kind: str, entries: Iterable) -> Catalog:
    field = {"show": "shows", "character": "characters", "person": "people"}[kind]
    return replace(catalog, **{field: tuple(entries)})


def _find(catalog: Catalog, kind: str, name: str):
    wanted = name.casefold()
    for entry in _entries(catalog, kind):
        if entry.name.casefold() == wanted or any(a.casefold() == wanted for a in entry.aliases):
            return entry
    return None


def apply_edits(catalog: Catalog, edits: Sequence[tuple[str, dict]]) -> Catalog:
    """Apply edits in the order they were made; the user's word wins over anything learned."""
    for action, p in edits:
        aliases = tuple(p.get("aliases") or ())
        if action == "show":
            catalog = catalog.merged(Catalog(shows=(ShowEntry(p["name"], aliases, p.get("network")),)))
        elif action == "character":
            entry = CharacterEntry(p["name"], p.get("show"), aliases, p.get("actor"))
            catalog = catalog.merged(Catalog(characters=(entry,)))
        elif action == "person":
            catalog = catalog.merged(Catalog(people=(PersonEntry(p["name"], tuple(p.get("roles") or ())),)))
        elif action == "alias":
            entry = _find(catalog, p["kind"], p["name"])
            if entry is None:
                continue  # the entry was never learned here; the edit waits for it
            catalog = catalog.merged(
                _with_entries(Catalog(), p["kind"], [replace(entry, aliases=(p["alias"],))])
            )
        elif action == "merge":
            keep, drop = _find(catalog, p["kind"], p["keep"]), _find(catalog, p["kind"], p["drop"])
            if keep is None or drop is None or keep is drop:
                continue
            rest = [e for e in _entries(catalog, p["kind"]) if e is not drop]
            catalog = _with_entries(catalog, p["kind"], rest)
            grown = replace(keep, aliases=(drop.name, *drop.aliases))
            catalog = catalog.merged(_with_entries(Catalog(), p["kind"], [grown]))
    return catalog


def effective_catalog(
    learned: Iterable[tuple[tuple[str, str, str | None, str | None], int]],
    edits: Sequence[tuple[str, dict]],
) -> Catalog:
    """Starter catalog, then what coverage taught (with enough evidence), then the user's edits."""
    facts = [
        (LearnedFact(kind, name, value, show), evidence) for (kind, name, value, show), evidence in learned
    ]
    catalog = load_starter_catalog().merged(catalog_from_learned(facts))
    return apply_edits(catalog, edits)
