"""Open views in headless Chromium with every outside request blocked and counted.

Used by :mod:`medatlas.viz.screenshot`, ``benchmarks/views.py`` and the browser tests. It drives
the system's Chromium (Debian's ``chromium`` package, or ``$MEDATLAS_CHROMIUM``) through
Playwright; it never downloads a browser. Every request that is not ``file:`` or ``data:`` is
aborted and recorded in :attr:`OfflinePage.blocked`; console errors and uncaught page errors are
recorded in :attr:`OfflinePage.errors`.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medatlas.errors import ExportError

__all__ = ["CHROMIUM_ARGS", "OfflinePage", "chromium_path", "offline_page"]

#: flags for a quiet, sandbox-free headless Chromium that phones nowhere
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
_LOCAL = ("file:", "data:", "about:", "blob:")


def chromium_path() -> str:
    """The Chromium to drive: ``$MEDATLAS_CHROMIUM``, else ``/usr/bin/chromium``, else on PATH.

    Raises:
        ExportError: no Chromium is installed (``apt-get install chromium fonts-noto-cjk``).
    """
    candidates = [os.environ.get("MEDATLAS_CHROMIUM", ""), "/usr/bin/chromium"]
    candidates.append(shutil.which("chromium") or "")
    for path in candidates:
        if path and Path(path).is_file():
            return path
    raise ExportError(
        "no Chromium found (looked at $MEDATLAS_CHROMIUM, /usr/bin/chromium and PATH); install "
        "Debian's 'chromium' and 'fonts-noto-cjk' packages"
    )


@dataclass
class OfflinePage:
    """A page in an offline browser: the Playwright ``page`` and what it tried or broke."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: Path, *, timeout_ms: float = 60_000) -> float:
        """Load the view at *path* and wait until it has drawn; the page's time to draw (ms)."""
        self.page.goto(path.resolve().as_uri(), wait_until="load", timeout=timeout_ms)
        # a function, not an expression: Playwright polls an expression with eval(), which the
        # view's Content-Security-Policy refuses once the first check comes too early (a slow,
        # busy machine); a function is called as it is
        self.page.wait_for_function(
            "() => Boolean(window.medatlas && window.medatlas.ready === true)", timeout=timeout_ms
        )
        return float(self.page.evaluate("window.medatlas.drawMs"))


@contextmanager
def offline_page(*, width: int = 1400, height: int = 900) -> Iterator[OfflinePage]:
    """A fresh headless Chromium page that cannot reach the network; closed on exit.

    Raises:
        ExportError: Chromium or Playwright is missing.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise ExportError(
            "Playwright for Python is needed to drive Chromium: pip install playwright "
            "(never 'playwright install': medatlas uses the system's chromium)"
        ) from exc
    executable = chromium_path()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
        try:
            context = browser.new_context(
                viewport={"width": width, "height": height}, service_workers="block"
            )
            page = context.new_page()
            result = OfflinePage(page=page)

            def guard(route: Any) -> None:
                url = route.request.url
                if url.startswith(_LOCAL):
                    route.continue_()
                else:
                    result.blocked.append(url)
                    route.abort()

            context.route("**/*", guard)
            page.on(
                "console",
                lambda msg: result.errors.append(msg.text) if msg.type == "error" else None,
            )
            page.on("pageerror", lambda exc: result.errors.append(str(exc)))
            yield result
        finally:
            browser.close()
