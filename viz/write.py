"""Write a view as one self-contained, offline and safe HTML file.

pyvis's template loads vis-network and bootstrap from CDNs (even with ``cdn_resources="local"``
or ``"in_line"``), does not escape its heading and switches tooltips to ``innerHTML``. This
writer uses none of it: its own template (``viz/templates/view.html.j2``) inlines the
vis-network that ships inside the pyvis package, the data goes in a JSON block escaped for
``<script>`` and is put on the page by ``view.js`` with ``textContent`` only, and a
Content-Security-Policy lets only the page's own scripts run (by hash) and fetch nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from medatlas.errors import ExportError
from medatlas.viz.network import AtlasNetwork

__all__ = ["VIS_VERSION", "embed_json", "payload", "render_html", "write_view"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
VIS_VERSION = "9.1.2"
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_EXTERNAL = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=", re.IGNORECASE)


def embed_json(value: Any) -> str:
    """JSON for a ``<script>`` block: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped.

    >>> embed_json({"label": "</script><b>"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in _JSON_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def _vis_dir() -> Path:
    import pyvis

    return Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"


def _inline(text: str, tag: str, name: str) -> str:
    """*text* checked to be safe inside ``<tag>...</tag>`` (it cannot close the element)."""
    if re.search(rf"</{tag}|<!--", text, re.IGNORECASE):
        raise ExportError(f"{name} contains '</{tag}' or '<!--' and cannot be inlined safely")
    return text


@cache
def _assets() -> dict[str, str]:
    """vis-network's JS and CSS (from the pyvis package) and the view's own JS and CSS."""
    folder = _vis_dir()
    try:
        vis_js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        vis_css = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(
            f"vis-network {VIS_VERSION} is missing from the pyvis package ({folder}): {exc}; "
            "reinstall pyvis (pip install 'pyvis>=0.3.2')"
        ) from exc
    return {
        "vis_js": _inline(vis_js, "script", "vis-network.min.js"),
        "vis_css": _inline(vis_css, "style", "vis-network.css"),
        "view_js": _inline(
            (TEMPLATES / "view.js").read_text(encoding="utf-8"), "script", "view.js"
        ),
        "view_css": _inline(
            (TEMPLATES / "view.css").read_text(encoding="utf-8"), "style", "view.css"
        ),
    }


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _csp(scripts: list[str]) -> str:
    """A policy that runs only these inline scripts and loads nothing from anywhere."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_hash(s) for s in scripts),
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def _medatlas_version() -> str:
    try:
        return version("medatlas")
    except PackageNotFoundError:
        return "dev"


def payload(net: AtlasNetwork) -> dict[str, Any]:
    """What the page's script reads: nodes, edges, legend, filters, options, meta."""
    return {
        "meta": {
            "kind": net.kind,
            "heading": net.heading,
            "notice": net.notice,
            "lang": net.lang,
            "focus": net.focus,
            "totals": net.totals,
        },
        "nodes": net.nodes,
        "edges": net.edges,
        "legend": net.legend,
        "facets": net.facets,
        "options": net.options
        if isinstance(net.options, dict)
        else json.loads(net.options.to_json()),
    }


def render_html(net: AtlasNetwork) -> str:
    """The page of *net* as a string: self-contained, no network, data never markup.

    Raises:
        ExportError: the vis-network files are missing, or the result would reference anything
            outside the file.
    """
    assets = _assets()
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, keep_trailing_newline=True
    )
    template = env.get_template("view.html.j2")
    html = template.render(
        lang="zh" if net.lang == "zh" else "en",
        heading=net.heading,
        notice=net.notice,
        version=_medatlas_version(),
        vis_version=VIS_VERSION,
        csp=_csp([assets["vis_js"], assets["view_js"]]),
        payload=Markup(embed_json(payload(net))),
        **{k: Markup(v) for k, v in assets.items()},
    )
    if _EXTERNAL.search(html):
        raise ExportError("the page would load a resource from outside the file; refusing")
    return html


def write_view(net: AtlasNetwork, path: Path) -> Path:
    """Write the page of *net* to *path* (UTF-8, atomically: never a half-written file).

    Raises:
        ExportError: the file cannot be written.
    """
    html = render_html(net)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with tmp.open("w", encoding="utf-8", newline="\n") as out:
                out.write(html)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot write the view to {path}: {exc}") from exc
    return path
