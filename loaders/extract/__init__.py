"""Extraction: from a read :class:`~medatlas.loaders.document.Document` to candidate facts.

Each step is its own module with one entry point, testable alone:

- ``gazetteer``: mentions of known names (curated atlas entities, vocabulary concepts);
- ``entities``: discovery of organisations, offerings, policies... that no list knows;
- ``relations``: relations stated by sentences and table rows;
- ``figures``: percentages, money, growth rates, counts... as observations.

They exchange the plain records of :mod:`medatlas.loaders.extract.model`.
"""
