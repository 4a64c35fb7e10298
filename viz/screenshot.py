"""Screenshots of views in headless Chromium, for the README (``docs/screenshots/``).

    python -m medatlas.viz.screenshot --store out/store --out docs/screenshots

writes ``landscape.png`` (the landscape, zoomed on its most central node so labels are legible)
and ``ego-nvidia.png`` (the ego view of 英伟达, depth 2, with its details panel open).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from medatlas.graph.store import AtlasStore
from medatlas.viz.browser import offline_page

__all__ = ["atlas_screenshots", "screenshot"]


def screenshot(
    html: Path,
    png: Path,
    *,
    width: int = 1400,
    height: int = 900,
    zoom: float | None = None,
) -> Path:
    """Open the view *html* offline and save what it shows as *png*.

    *zoom* (e.g. 2.0) zooms in that much from the fitted view, centred on the most central node.

    Raises:
        ExportError: Chromium or Playwright is missing, or the page tried to reach the network.
    """
    from medatlas.errors import ExportError

    with offline_page(width=width, height=height) as view:
        view.open(html)
        if zoom is not None:
            view.page.evaluate(
                """(zoom) => {
                    const m = window.medatlas;
                    let best = null;
                    m.records.forEach((r) => { if (!best || r.value > best.value) best = r; });
                    const scale = m.network.getScale() * zoom;
                    const at = best ? m.network.getPosition(best.id) : undefined;
                    m.network.moveTo({ position: at, scale: scale, animation: false });
                }""",
                zoom,
            )
            view.page.wait_for_timeout(200)
        if view.blocked:
            raise ExportError(f"{html} tried to load {view.blocked[0]}; refusing to screenshot")
        png.parent.mkdir(parents=True, exist_ok=True)
        view.page.screenshot(path=str(png))
    return png


def atlas_screenshots(store: AtlasStore, folder: Path, *, focus: str = "英伟达") -> list[Path]:
    """``landscape.png`` and ``ego-nvidia.png`` of the atlas in *store*, written to *folder*."""
    from medatlas.viz.ego import ego
    from medatlas.viz.landscape import landscape
    from medatlas.viz.write import write_view

    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp)
        land = write_view(landscape(store), pages / "landscape.html")
        near = write_view(ego(store, focus, depth=2), pages / "ego.html")
        return [
            screenshot(land, folder / "landscape.png", zoom=2.2),
            screenshot(near, folder / "ego-nvidia.png"),
        ]


@click.command()
@click.option(
    "--store",
    "store_path",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("out/store"),
    show_default=True,
    help="The built store.",
)
@click.option(
    "--out",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("docs/screenshots"),
    show_default=True,
    help="Folder for landscape.png and ego-nvidia.png.",
)
def main(store_path: Path, folder: Path) -> None:
    """Screenshot the landscape and the ego view of 英伟达 in headless Chromium."""
    for path in atlas_screenshots(AtlasStore(store_path, read_only=True), folder):
        click.echo(f"wrote {path}")


if __name__ == "__main__":
    main()
