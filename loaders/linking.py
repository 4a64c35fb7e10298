"""Link mentions to IRIs: a known name to its entity, a new name to a stable new IRI.

A discovered name gets an IRI derived from its normalised form (see
:func:`medatlas.graph.identity.normalise_name`), so the same organisation named in two reports,
with or without its legal suffix, is one node; names that normalise differently stay apart.
"""

from __future__ import annotations

import hashlib

from medatlas.graph.identity import NameIndex, normalise_name
from medatlas.graph.iris import ENTITY, entity_iri
from medatlas.loaders.extract.model import Mention

__all__ = ["discovered_slug", "link"]


def discovered_slug(name: str) -> str:
    """The slug of an entity first seen in a document.

    >>> discovered_slug("Aidoc Medical Ltd.") == discovered_slug("AIDOC MEDICAL")
    True
    >>> discovered_slug("望石智慧").startswith("n-")
    True
    """
    key = normalise_name(name)
    if key.isascii() and key.isalnum():
        return key
    return "n-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def link(mention: Mention, names: NameIndex) -> str:
    """The IRI *mention* refers to: its gazetteer IRI, a unique known entity, or a new one."""
    if mention.iri:
        return mention.iri
    name = mention.name or mention.text
    known = sorted(i for i in names.lookup(name) if i.startswith(ENTITY))
    if len(known) == 1:
        return known[0]
    return entity_iri(discovered_slug(name))
