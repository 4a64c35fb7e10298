"""Read SPARQL text as tokens: the query form, its prefixes, and where its WHERE clause opens.

A small, careful tokenizer (comments, the four kinds of string, IRIs, prefixed names, variables,
keywords) is all :mod:`medatlas.queries.safety` needs to find ``SERVICE``, ``LOAD`` and
``FROM``/``USING`` without being fooled by the same words inside a string, a comment, an IRI, a
variable or a prefixed name; and all :func:`with_values` needs to bind parameters with a
``VALUES`` block at the top of the WHERE clause, so the same binding works on the embedded store
and on any SPARQL endpoint. Values are never pasted: each is an RDF term written by pyoxigraph's
own serializer, which escapes what a literal holds and refuses an IRI with forbidden characters.

>>> [t.text for t in tokenize('SELECT ?s WHERE { ?s a "SERVICE" } # LOAD')]
['SELECT', '?s', 'WHERE', '{', '?s', 'a', '"SERVICE"', '}']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

import pyoxigraph as ox

from medatlas.errors import QueryError

__all__ = [
    "QUERY_FORMS",
    "UPDATE_KEYWORDS",
    "Token",
    "form_of",
    "line_col",
    "prologue",
    "specialise",
    "tokenize",
    "with_values",
]

Term = ox.NamedNode | ox.Literal | ox.BlankNode

QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"})
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY", "WITH"}
)

_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
)
_PN_CHARS = _PN_CHARS_BASE + "_0-9\u00b7\u0300-\u036f\u203f-\u2040-"
_PREFIX = f"(?:[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)?"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_LOCAL_FIRST = f"(?:[{_PN_CHARS}:]|{_PLX})"
_LOCAL_MID = f"(?:[{_PN_CHARS}.:]|{_PLX})"
_LOCAL = f"(?:{_LOCAL_FIRST}(?:{_LOCAL_MID}*{_LOCAL_FIRST})?)?"

_RULES: list[tuple[str, str]] = [
    ("WS", r"\s+"),
    ("COMMENT", r"#[^\n\r]*"),
    ("STRING", r'"""(?:[^"\\]|\\.|"(?!""))*"""'),
    ("STRING", r"'''(?:[^'\\]|\\.|'(?!''))*'''"),
    ("STRING", r'"(?:[^"\\\n\r]|\\.)*"'),
    ("STRING", r"'(?:[^'\\\n\r]|\\.)*'"),
    ("IRI", r"<[^<>\"{}|^`\\\x00-\x20]*>"),
    ("VAR", rf"[?$][{_PN_CHARS}]+"),
    ("BNODE", rf"_:[{_PN_CHARS}]+(?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"),
    ("PNAME", f"{_PREFIX}:{_LOCAL}"),
    ("LANGTAG", r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*"),
    ("NUMBER", r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"),
    ("WORD", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("PUNCT", r"\^\^|\|\||&&|!=|<=|>=|[{}()\[\].,;*+\-/!=<>|^?$@&]"),
    ("OTHER", r"."),
]
_MASTER = re.compile("|".join(f"(?P<{kind}{i}>{rx})" for i, (kind, rx) in enumerate(_RULES)))


@dataclass(frozen=True)
class Token:
    """One token: its kind (IRI, STRING, VAR, PNAME, WORD, PUNCT...), text and offsets."""

    kind: str
    text: str
    start: int
    end: int

    @property
    def keyword(self) -> str:
        """The upper-cased word for a WORD token, else the empty string."""
        return self.text.upper() if self.kind == "WORD" else ""


def tokenize(text: str) -> Iterator[Token]:
    """The tokens of *text*, without white space and comments."""
    for match in _MASTER.finditer(text):
        kind = re.sub(r"\d+$", "", match.lastgroup or "OTHER")
        if kind in ("WS", "COMMENT"):
            continue
        yield Token(kind, match.group(), match.start(), match.end())


def line_col(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of *offset* in *text*."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def prologue(tokens: list[Token]) -> tuple[dict[str, str], str | None, int]:
    """The PREFIX map, the BASE IRI and the index of the first token after the prologue."""
    prefixes: dict[str, str] = {}
    base: str | None = None
    i = 0
    while i < len(tokens):
        kw = tokens[i].keyword
        if kw == "BASE" and i + 1 < len(tokens) and tokens[i + 1].kind == "IRI":
            base = resolve_iri(tokens[i + 1].text[1:-1], base)
            i += 2
        elif (
            kw == "PREFIX"
            and i + 2 < len(tokens)
            and tokens[i + 1].kind == "PNAME"
            and tokens[i + 2].kind == "IRI"
        ):
            prefixes[tokens[i + 1].text.rstrip(":")] = resolve_iri(tokens[i + 2].text[1:-1], base)
            i += 3
        else:
            break
    return prefixes, base, i


def resolve_iri(iri: str, base: str | None) -> str:
    """*iri* resolved against *base* (unchanged when absolute or when there is no base)."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", iri) or base is None:
        return iri
    return urljoin(base, iri)


def expand(token: Token, prefixes: Mapping[str, str], base: str | None) -> str | None:
    """The absolute IRI an IRI or prefixed-name token stands for (None when it cannot tell)."""
    if token.kind == "IRI":
        return resolve_iri(token.text[1:-1], base)
    if token.kind == "PNAME":
        prefix, _, local = token.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def form_of(text: str) -> str:
    """``SELECT``, ``CONSTRUCT``, ``ASK``, ``DESCRIBE``, or ``UPDATE`` for an update request.

    >>> form_of("PREFIX ex: <http://example.org/> ASK { ?s ?p ex:o }")
    'ASK'
    """
    tokens = list(tokenize(text))
    _, _, i = prologue(tokens)
    for tok in tokens[i:]:
        if tok.keyword in QUERY_FORMS:
            return tok.keyword
        if tok.keyword in UPDATE_KEYWORDS:
            return "UPDATE"
        break
    raise QueryError(
        "not a SPARQL query: expected SELECT, CONSTRUCT, ASK or DESCRIBE after the prefixes"
        + (
            f", found {tokens[i].text!r} at line {line_col(text, tokens[i].start)[0]}"
            if i < len(tokens)
            else ""
        )
    )


def _where_start(tokens: list[Token]) -> int:
    """The index of the ``{`` token that opens the query's WHERE clause."""
    _, _, i = prologue(tokens)
    form = tokens[i].keyword if i < len(tokens) else ""
    braces = parens = 0
    seen_where = False
    seen_template = False
    for j in range(i, len(tokens)):
        tok = tokens[j]
        if tok.text == "(":
            parens += 1
        elif tok.text == ")":
            parens -= 1
        elif tok.text == "{":
            if braces == 0 and parens == 0:
                if seen_where or form != "CONSTRUCT":
                    return j
                seen_template = True
            braces += 1
        elif tok.text == "}":
            braces -= 1
        elif tok.keyword == "WHERE" and braces == 0 and parens == 0:
            if form == "CONSTRUCT" and not seen_template:
                raise QueryError(
                    "cannot bind parameters into the short form 'CONSTRUCT WHERE { }'; "
                    "write 'CONSTRUCT { template } WHERE { pattern }'"
                )
            seen_where = True
    raise QueryError("cannot bind parameters: the query has no WHERE clause '{ ... }'")


_TERMS = frozenset({"VAR", "IRI", "PNAME", "STRING", "NUMBER", "BNODE"})


def _simple(tokens: list[Token], start: int) -> bool:
    """Whether the group opening at *start* holds one triple pattern and FILTERs, nothing else."""
    terms = parens = 0
    for tok in tokens[start + 1 :]:
        if tok.text == "}" and parens == 0:
            return terms <= 4
        if (tok.text == "{" and parens == 0) or tok.keyword in ("BIND", "VALUES", "SELECT"):
            return False
        if tok.text == "(":
            parens += 1
        elif tok.text == ")":
            parens -= 1
        elif parens == 0 and tok.text in (";", ","):
            return False
        elif parens == 0 and (tok.kind in _TERMS or tok.text == "a"):
            terms += 1
    return False


def group_openings(text: str) -> list[int]:
    """Offsets just after each ``{`` that opens a group graph pattern of the WHERE clause.

    That is the WHERE clause itself and every group nested in it (OPTIONAL, UNION branches,
    GRAPH, MINUS, EXISTS, the WHERE clause of a subquery), but not a CONSTRUCT template nor a
    VALUES data block, nor the braces around a subquery (``{ SELECT``: a block there is a
    syntax error), nor an OPTIONAL of one triple pattern: its FILTERs see the solution it
    extends, which has the values, and a block there would keep Oxigraph from looking it up
    row by row (it then joins the whole pattern over the store).

    >>> q = "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } MINUS { ?s ?q ?r . ?r ?q ?s } }"
    >>> [q[:i][-8:] for i in group_openings(q)]
    [' WHERE {', ' MINUS {']
    """
    tokens = list(tokenize(text))
    first = _where_start(tokens)
    openings = [tokens[first].end]
    in_values = in_data = False
    for k in range(first + 1, len(tokens)):
        tok = tokens[k]
        if in_data:
            in_data = tok.text != "}"
        elif tok.keyword == "VALUES":
            in_values = True
        elif tok.text == "{":
            if in_values:
                in_values, in_data = False, True
            else:
                subquery = k + 1 < len(tokens) and tokens[k + 1].keyword == "SELECT"
                simple = tokens[k - 1].keyword == "OPTIONAL" and _simple(tokens, k)
                if not (subquery or simple):
                    openings.append(tok.end)
    return openings


def with_values(text: str, bindings: Mapping[str, Term]) -> str:
    """*text* with *bindings* given to its variables by ``VALUES`` blocks: pre-binding.

    The same one-row ``VALUES`` block opens the WHERE clause and every group nested in it (see
    :func:`group_openings` for the few it leaves out, which see the values anyway), so
    every pattern, FILTER and BIND of the query (in OPTIONAL, UNION branches, subqueries...)
    sees the values as if the variables had been bound before evaluation, and a CONSTRUCT
    template sees them too. A parameter must therefore not be the target of ``BIND(... AS ?x)``
    nor be projected with ``AS``.

    >>> q = with_values("SELECT ?o WHERE { ?s ?p ?o }", {"s": ox.NamedNode("http://ex.org/a")})
    >>> q
    'SELECT ?o WHERE { VALUES (?s) { (<http://ex.org/a>) } ?s ?p ?o }'
    """
    if not bindings:
        return text
    names = sorted(bindings)
    for name in names:
        if isinstance(bindings[name], ox.BlankNode):
            raise QueryError(f"cannot bind ?{name} to a blank node; name it by IRI")
        if not re.fullmatch(f"[{_PN_CHARS}]+", name):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
    head = " ".join(f"?{n}" for n in names)
    row = " ".join(str(bindings[n]) for n in names)
    block = f" VALUES ({head}) {{ ({row}) }}"
    out = text
    for at in reversed(group_openings(text)):
        out = out[:at] + block + out[at:]
    return out


_LINE_RULE = re.compile(r"#\s*(if|unless)\s+\?([" + _PN_CHARS + r"]+)\s*$")


def specialise(text: str, bound: Iterable[str]) -> str:
    r"""*text* with the lines meant for other parameter sets left out.

    A line ending in ``# if ?x`` is kept only when ``?x`` is bound, one ending in
    ``# unless ?x`` only when it is not; the other lines always are. A question can so start
    from a bound parameter (``?c rdfs:subClassOf* ?type .  # if ?type``) instead of testing
    every candidate with ``FILTER(!BOUND(?type) || EXISTS {...})`` (``# unless ?type``).

    >>> specialise("a # if ?x\nb # unless ?x\nc", {"x"})
    'a # if ?x\nc'
    """
    names = set(bound)
    kept = []
    for line in text.split("\n"):
        match = _LINE_RULE.search(line) if "#" in line else None
        if match and (match.group(2) in names) != (match.group(1) == "if"):
            continue
        kept.append(line)
    return "\n".join(kept)
