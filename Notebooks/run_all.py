#!/usr/bin/env python3
"""Executes the analyst notebooks headlessly (nbclient), in memory: the committed files are never
written. Fails on the first cell that raises, and on a committed notebook that still carries outputs
or execution counts.

    python3 Notebooks/run_all.py [--bin PATH] [--figures DIR] [NOTEBOOK.ipynb ...]

--bin      the plangauge binary the notebooks use (sets PLANGAUGE_BIN; default: they look for one)
--figures  also save every chart as PNG into DIR (sets PLANGAUGE_FIGURES)
Without notebook arguments, runs every *.ipynb beside this script, in name order.
"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = Path(__file__).resolve().parent


def committed_outputs(nb) -> list[str]:
    """Cells that were saved with outputs or execution counts (they must be cleared before commit)."""
    return [f"cell {i}" for i, c in enumerate(nb.cells)
            if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count") is not None)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", help="plangauge binary for the notebooks")
    ap.add_argument("--figures", help="save every chart as PNG into this folder")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per cell (default 300)")
    ap.add_argument("notebooks", nargs="*", type=Path)
    args = ap.parse_args()

    if args.bin:
        os.environ["PLANGAUGE_BIN"] = str(Path(args.bin).resolve())
    if args.figures:
        os.environ["PLANGAUGE_FIGURES"] = str(Path(args.figures).resolve())
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")

    paths = args.notebooks or sorted(HERE.glob("*.ipynb"))
    if not paths:
        print("run_all: no notebooks found", file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        nb = nbformat.read(str(path), as_version=4)
        dirty = committed_outputs(nb)
        if dirty:
            print(f"FAIL {path.name}: committed with outputs in {', '.join(dirty)} (clear them before committing)")
            failed += 1
            continue
        start = time.monotonic()
        # The kernel talks over Unix sockets in a private folder (no TCP port on the machine).
        with tempfile.TemporaryDirectory(prefix="plangauge-nb-") as sockets:
            km = KernelManager(kernel_name="python3", transport="ipc", ip=os.path.join(sockets, "kernel"))
            client = NotebookClient(nb, km=km, timeout=args.timeout, allow_errors=False,
                                    resources={"metadata": {"path": str(path.resolve().parent)}})
            try:
                client.execute()
            except CellExecutionError as e:
                print(f"FAIL {path.name} after {time.monotonic() - start:.1f} s:\n{e}")
                failed += 1
                continue
            finally:
                if km.has_kernel:
                    km.shutdown_kernel()
        cells = sum(c.cell_type == "code" for c in nb.cells)
        print(f"ok   {path.name}: {cells} code cells in {time.monotonic() - start:.1f} s")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
