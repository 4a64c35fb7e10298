"""Views: the atlas drawn as interactive pyvis networks in self-contained, offline, safe HTML.

Building and writing are separate steps: :func:`medatlas.viz.landscape.landscape`,
:func:`medatlas.viz.ego.ego` and :func:`medatlas.viz.subgraph.query_view` read the store and
return an :class:`~medatlas.viz.network.AtlasNetwork` (a pyvis ``Network``);
:func:`medatlas.viz.write.write_view` writes it as one HTML file that needs no network.

>>> from medatlas.graph.store import AtlasStore
>>> from medatlas.viz.landscape import landscape
>>> net = landscape(AtlasStore())
>>> (net.kind, len(net.nodes))
('landscape', 0)

Modules: ``graphdata`` (what to draw, read with ``viz/sparql/*.rq``), ``centrality``, ``layout``,
``style``, ``network`` (GraphData -> pyvis), ``landscape``, ``ego``, ``subgraph`` (the views),
``write`` (the HTML), ``browser`` and ``screenshot`` (headless Chromium), ``synthetic`` (atlases
for tests and benchmarks). The package imports nothing itself, so pyvis loads only when a view
is built.
"""

from __future__ import annotations

__all__: list[str] = []
