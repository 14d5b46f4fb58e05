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
    catalog_from_json,
    catalog_from_learned,
    load_starter_catalog,
)

ACTIONS = ("show", "character", "person", "alias", "merge", "import")
KINDS = ("show", "character", "person")


class CatalogEditError(ValueError):
    """An edit that cannot apply; the message says why."""


def validate_edit(action: str, payload: dict) -> None:
    """Check an edit's shape before it is stored."""
    if action not in ACTIONS:
        raise CatalogEditError(f"unknown catalog edit {action!r}; use one of {', '.join(ACTIONS)}")
    if action == "import":
        imported_catalog(payload)
        return
    needed = {"alias": ("kind", "name", "alias"), "merge": ("kind", "keep", "drop")}.get(action, ("name",))
    for key in needed:
        if not str(payload.get(key) or "").strip():
            raise CatalogEditError(f"a {action} edit needs a {key}")
    if action in ("alias", "merge") and payload["kind"] not in KINDS:
        raise CatalogEditError(f"kind must be one of {', '.join(KINDS)}")


def imported_catalog(payload: dict) -> Catalog:
    """The entries of a catalog file in the bundled format: shows carrying their characters, and people.

    `{"shows": [{"name", "aliases", "network", "characters": [[name, actor, [aliases]], ...]}],
    "people": [{"name", "roles"}]}`; a file of another shape is refused with where it went wrong.
    """
    if not isinstance(payload, dict) or not set(payload) & {"shows", "people"}:
        raise CatalogEditError('a catalog file is a JSON object with "shows" and/or "people"')
    for key, fields in (
        ("shows", ("name", "aliases", "network", "characters")),
        ("people", ("name", "roles")),
    ):
        items = payload.get(key, [])
        if not isinstance(items, list):
            raise CatalogEditError(f'"{key}" must be a list')
        for n, item in enumerate(items):
            where = f"{key}[{n}]"
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("name"), str)
                or not item["name"].strip()
            ):
                raise CatalogEditError(f"{where} needs a name")
            unknown = set(item) - set(fields)
            if unknown:
                raise CatalogEditError(f"{where} has unknown fields: {', '.join(sorted(unknown))}")
            for field in ("aliases", "roles"):
                if not _strings(item.get(field, [])):
                    raise CatalogEditError(f"{where}.{field} must be a list of names")
            for c, character in enumerate(item.get("characters", [])):
                if not (
                    isinstance(character, list)
                    and len(character) == 3
                    and isinstance(character[0], str)
                    and character[0].strip()
                    and (character[1] is None or isinstance(character[1], str))
                    and _strings(character[2])
                ):
                    raise CatalogEditError(
                        f"{where}.characters[{c}] must be [name, actor or null, [aliases]]"
                    )
    return catalog_from_json(payload)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


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
        elif action == "import":
            catalog = catalog.merged(catalog_from_json(p))
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
