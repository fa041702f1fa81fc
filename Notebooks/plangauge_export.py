"""Shared setup of the analyst notebooks: run `plangauge export` and load its tables with pandas,
plus the CJK chart font and the small chart helpers every notebook uses.

    import plangauge_export as pg
    tables = pg.load_tables(pg.export())        # {"indicators": DataFrame, "totals": DataFrame, ...}
    pg.use_cjk_font()
    save = pg.figure_saver("target_tracking")   # save(fig, "name") → $PLANGAUGE_FIGURES/target_tracking-name.png

Environment overrides (relative paths are taken from the repository root):
PLANGAUGE_ROOT (the checkout), PLANGAUGE_BIN (the binary), PLANGAUGE_DATA (dataset, default Data/sample),
PLANGAUGE_EXPORT (output folder, default Notebooks/export/, git-ignored; replaced on every run),
PLANGAUGE_FIGURES (if set, every chart is also saved there as PNG).
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Callable

import pandas as pd
import matplotlib.pyplot as plt
from matplotlib import font_manager

SCHEMA = "plangauge.export/1"
DEFAULT_DATA = "Data/sample"
DEFAULT_EXPORT = "Notebooks/export"

# Columns read as text whatever they hold (an id «0012», a name «NA» is not a number or a missing value).
TEXT_COLUMNS = {"id", "name", "district", "park", "segment", "tags", "period", "unit", "plan_id",
                "indicator_id", "name_en", "level_unit", "target_text", "status", "method", "view",
                "dimension", "part", "kind", "enterprise", "message", "file"}

CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei",
             "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC"]


# ── the export ─────────────────────────────────────────────────────────────────────────────────────

def repo_root(start: Path | None = None) -> Path:
    """The PlanGauge checkout: $PLANGAUGE_ROOT, else the first folder at or above `start` (default: the
    working folder) holding Package.swift and Data/sample."""
    if os.environ.get("PLANGAUGE_ROOT"):
        return Path(os.environ["PLANGAUGE_ROOT"])
    start = (start or Path.cwd()).resolve()
    for d in (start, *start.parents):
        if (d / "Package.swift").is_file() and (d / "Data" / "sample").is_dir():
            return d
    raise FileNotFoundError(f"no PlanGauge checkout at or above {start}")


def supports_export(binary: Path) -> bool:
    """Whether `binary` exists and knows the `export` command."""
    return binary.is_file() and subprocess.run(
        [str(binary), "export", "--help"], capture_output=True).returncode == 0


def plangauge_binary(root: Path | None = None) -> Path:
    """The `plangauge` binary: $PLANGAUGE_BIN, else an existing build that knows `export` (.build/debug or
    .build-nb/debug, newest first, then `swift build --show-bin-path`); runs `swift build` only when
    there is none."""
    if os.environ.get("PLANGAUGE_BIN"):
        return Path(os.environ["PLANGAUGE_BIN"])
    root = root or repo_root()
    built = [root / ".build" / "debug" / "plangauge", root / ".build-nb" / "debug" / "plangauge"]
    built = sorted((b for b in built if b.is_file()), key=lambda b: b.stat().st_mtime, reverse=True)
    for b in built:
        if supports_export(b):
            return b

    def bin_path() -> Path:
        out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=root,
                             capture_output=True, text=True, check=True).stdout.strip()
        return Path(out) / "plangauge"

    try:
        b = bin_path()
        if supports_export(b):
            return b
    except (OSError, subprocess.CalledProcessError):
        pass
    print("no plangauge binary with `export` found: running swift build (a minute or two) …")
    subprocess.run(["swift", "build", "--product", "plangauge"], cwd=root, check=True)
    return bin_path()


def export(data: str | Path | None = None, out: str | Path | None = None, *,
           binary: Path | None = None, root: Path | None = None) -> Path:
    """Run `plangauge export --data DATA --out OUT` and return OUT.

    `data` defaults to $PLANGAUGE_DATA or Data/sample, `out` to $PLANGAUGE_EXPORT or Notebooks/export
    (replaced by the export); relative paths are taken from the repository root. Prints what the export
    wrote and which data and binary it used; raises RuntimeError when the export fails."""
    root = root or repo_root()
    data = root / (data or os.environ.get("PLANGAUGE_DATA", DEFAULT_DATA))
    out = root / (out or os.environ.get("PLANGAUGE_EXPORT", DEFAULT_EXPORT))
    binary = binary or plangauge_binary(root)
    run = subprocess.run([str(binary), "export", "--data", str(data), "--out", str(out)],
                         cwd=root, capture_output=True, text=True)
    print(run.stdout.strip())
    if run.returncode != 0:
        raise RuntimeError(f"plangauge export failed ({run.returncode}):\n{run.stderr}")
    print(f"export: {out} · data: {data} · binary: {binary}")
    return out


def load_table(folder: Path, table: str) -> pd.DataFrame:
    """One export table (`folder/<table>.csv`, UTF-8 with BOM); text columns stay text."""
    path = Path(folder) / f"{table}.csv"
    header = pd.read_csv(path, encoding="utf-8-sig", nrows=0).columns
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""],
                       dtype={c: str for c in header if c in TEXT_COLUMNS})


def load_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every table of an export folder, by name, in the order of its schema.json (which must be
    plangauge.export/1)."""
    schema = json.loads((Path(folder) / "schema.json").read_text(encoding="utf-8"))
    if schema.get("schema") != SCHEMA:
        raise ValueError(f"{folder}: schema {schema.get('schema')!r}, expected {SCHEMA!r}")
    return {t["name"]: load_table(folder, t["name"]) for t in schema["tables"]}


# ── charts ─────────────────────────────────────────────────────────────────────────────────────────

def use_cjk_font() -> list[str]:
    """Chinese chart labels: put the installed CJK fonts first in matplotlib's sans-serif list (registering
    Noto Sans CJK from /usr/share/fonts when it was installed after matplotlib built its font cache), and
    set figure.dpi to 100. Returns the CJK fonts used; warns when there is none (Debian: fonts-noto-cjk)."""
    known = {f.name for f in font_manager.fontManager.ttflist}
    if not known & set(CJK_FONTS):
        for path in sorted(Path("/usr/share/fonts").glob("**/NotoSansCJK*.tt[cf]")):
            font_manager.fontManager.addfont(str(path))
        known = {f.name for f in font_manager.fontManager.ttflist}
    fonts = [f for f in CJK_FONTS if f in known]
    if not fonts:
        print("warning: no CJK font found; Chinese labels will show as boxes (apt-get install fonts-noto-cjk)")
    plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["font.sans-serif"] = fonts + ["DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["figure.dpi"] = 100
    return fonts


def figure_saver(notebook: str) -> Callable[..., None]:
    """A `save(fig, name)` that also writes the chart to $PLANGAUGE_FIGURES/<notebook>-<name>.png when
    that variable is set (and does nothing otherwise)."""
    folder = Path(os.environ["PLANGAUGE_FIGURES"]) if os.environ.get("PLANGAUGE_FIGURES") else None

    def save(fig, name: str) -> None:
        if folder:
            folder.mkdir(parents=True, exist_ok=True)
            fig.savefig(folder / f"{notebook}-{name}.png", dpi=110, bbox_inches="tight")

    return save


STATUS_ZH = {"target_achieved": "已完成目标", "substantial_progress": "进度符合预期",
             "moderate_progress": "有进展，需加快", "limited_progress": "进展有限",
             "deterioration": "逆向变化", "not_available": "无法评估"}
STATUS_COLOR = {"target_achieved": "#1b7f3b", "substantial_progress": "#2e9d57",
                "moderate_progress": "#c98a00", "limited_progress": "#d06b1f",
                "deterioration": "#c0392b", "not_available": "#7a8494"}


def pct(x, digits=1) -> str:
    """A fraction as a percentage (0.1234 → «12.3%»); «—» when missing."""
    return "—" if pd.isna(x) else f"{x * 100:.{digits}f}%"


def period_end(df: pd.DataFrame) -> pd.Series:
    """The last day of each row's period, from its year and month columns."""
    return pd.to_datetime(pd.DataFrame({"year": df["year"], "month": df["month"], "day": 1})) + pd.offsets.MonthEnd(0)


def label_end(labels: pd.Series) -> pd.Series:
    """The last day of each period label (2023Q3 → 2023-09-30, 2023-07 → 2023-07-31)."""
    return labels.map(lambda s: pd.Period(s).end_time.normalize())


def year_ends(ax, start, end) -> None:
    """Date-axis ticks on year ends, labelled with the year (statistics read levels at 年末)."""
    years = range(start.year - 1, end.year + 1)
    ax.set_xticks([pd.Timestamp(f"{y}-12-31") for y in years], [str(y) for y in years])
    ax.set_xlim(start - pd.Timedelta(days=45), end + pd.Timedelta(days=45))


def year_spans(ax, start, end) -> None:
    """Date axis for flows (a quarter's own value): gridlines between years, the year's label centred on it."""
    years = range(start.year, end.year + 1)
    ax.set_xticks([pd.Timestamp(f"{y}-01-01") for y in [*years, end.year + 1]], [""] * (len(years) + 1))
    ax.set_xticks([pd.Timestamp(f"{y}-07-01") for y in years], [str(y) for y in years], minor=True)
    ax.tick_params(axis="x", which="minor", length=0)
    ax.set_xlim(start - pd.Timedelta(days=60), end + pd.Timedelta(days=30))
