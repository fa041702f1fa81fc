#!/usr/bin/env python3
"""Times reading one large revenue.xlsx: PlanGauge's `check` against python-calamine and openpyxl.

    python3 Tests/Benchmarks/bench_xlsx.py DIR BINARY [--rounds N] [--json PATH]

DIR is a dataset made by make_xlsx_bench.py (enterprises.csv + revenue.xlsx); BINARY the plangauge
executable. Each tool runs in a child process of its own, measured with os.wait4: wall time, CPU
(user + system) and peak RSS of that child. Tools run in turn, once per round (default 1); the table
gives the median of the rounds. Before timing, the files are read once so that the page cache holds
them for every tool alike.

1. `BINARY check DIR` — the whole check of the dataset. Until the .xlsx reader exists it ignores
   revenue.xlsx (and exits non-zero for want of a revenue*.csv); its time is then enterprises.csv
   alone. Its row count is taken from `check --format json` when the output names revenue.xlsx.
2. python-calamine: CalamineWorkbook.from_path(...).get_sheet_by_index(0).to_python(), iterating
   the rows.
3. openpyxl: load_workbook(read_only=True), iter_rows(values_only=True).

rows = data rows (rows with any value, less the header row). The table is printed and written as
JSON to PATH (default: DIR's name + ".bench_xlsx.json", next to the folder).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

CALAMINE = r"""
import sys
from python_calamine import CalamineWorkbook
n = 0
for row in CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python():
    if any(v not in ("", None) for v in row):
        n += 1
print(n - 1)
"""

OPENPYXL = r"""
import sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    if any(v not in ("", None) for v in row):
        n += 1
wb.close()
print(n - 1)
"""


TIME = "/usr/bin/time"


def measure(cmd):
    """Runs cmd; returns wall s, CPU s, peak MiB, exit status and stdout.

    With GNU time (/usr/bin/time) the figures are those of cmd itself; without it, those os.wait4
    gives for the child, whose peak RSS then cannot be below this Python's at the fork (~16 MiB)."""
    import tempfile
    import threading
    tf = None
    if os.access(TIME, os.X_OK):
        tf = tempfile.NamedTemporaryFile(prefix="bench_xlsx.", suffix=".time", delete=False)
        tf.close()
        cmd = [TIME, "-o", tf.name, "-f", "%e %U %S %M %x", *cmd]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = [], []  # drain both pipes so a chatty child never blocks
    ts = [threading.Thread(target=lambda s=s, b=b: b.append(s.read())) for s, b in ((p.stdout, out), (p.stderr, err))]
    for t in ts:
        t.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    for t in ts:
        t.join()
    r = {"wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime, "peak_mib": ru.ru_maxrss / 1024.0,
         "exit": os.waitstatus_to_exitcode(status), "measured_by": "os.wait4",
         "stdout": out[0].decode("utf-8", "replace"), "stderr": err[0].decode("utf-8", "replace")}
    if tf:
        try:
            line = Path(tf.name).read_text().strip().splitlines()[-1].split()
            e, u, s_, m, x = float(line[0]), float(line[1]), float(line[2]), int(line[3]), int(line[4])
            # wall stays perf_counter's (finer than time's 10 ms; time adds only a fork and an exec)
            r.update({"cpu_s": u + s_, "peak_mib": m / 1024.0, "exit": x, "measured_by": "GNU time"})
        except (OSError, ValueError, IndexError):
            pass
        os.unlink(tf.name)
    return r


def check_rows(binary, data):
    """Rows of revenue.xlsx as `check --format json` reports them, when it does."""
    r = subprocess.run([binary, "check", str(data), "--format", "json"], capture_output=True)
    try:
        doc = json.loads(r.stdout.decode("utf-8"))
    except ValueError:
        return None
    found = []

    def walk(x):
        if isinstance(x, dict):
            name = str(x.get("file") or x.get("path") or x.get("name") or "")
            if name.endswith("revenue.xlsx"):
                for k in ("rows_read", "read", "rows", "accepted"):
                    v = x.get(k)
                    if isinstance(v, int):
                        found.append(v)
                        return
                    if isinstance(v, dict) and isinstance(v.get("read"), int):
                        found.append(v["read"])
                        return
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(doc)
    return found[0] if found else None


def version(mod):
    try:
        from importlib.metadata import version as v
        return v(mod)
    except Exception:
        return None


def main():
    ap = argparse.ArgumentParser(description="Time PlanGauge check, python-calamine and openpyxl on DIR/revenue.xlsx.")
    ap.add_argument("data", type=Path)
    ap.add_argument("binary", type=Path)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--json", type=Path, default=None)
    a = ap.parse_args()
    data = a.data.resolve()
    xlsx = data / "revenue.xlsx"
    if not xlsx.exists():
        sys.exit(f"{xlsx}: missing; make it with Tests/Benchmarks/make_xlsx_bench.py --out {a.data}")
    binary = str(a.binary.resolve())
    for f in data.iterdir():  # warm the page cache for every tool alike
        with open(f, "rb") as fh:
            while fh.read(1 << 22):
                pass

    tools = [
        ("plangauge check", [binary, "check", str(data)]),
        ("python-calamine", [sys.executable, "-c", CALAMINE, str(xlsx)]),
        ("openpyxl read_only", [sys.executable, "-c", OPENPYXL, str(xlsx)]),
    ]
    runs = {name: [] for name, _ in tools}
    for k in range(a.rounds):
        for name, cmd in tools:
            r = measure(cmd)
            runs[name].append(r)
            print(f"round {k + 1}: {name}: {r['wall_s']:.2f} s, exit {r['exit']}", file=sys.stderr)

    pg_rows = check_rows(binary, data)
    results = []
    for name, _ in tools:
        rs = runs[name]
        rows = None
        if name == "plangauge check":
            rows = pg_rows
        else:
            try:
                rows = int(rs[-1]["stdout"].strip().splitlines()[-1])
            except (ValueError, IndexError):
                rows = None
        res = {
            "tool": name,
            "wall_s": round(statistics.median(r["wall_s"] for r in rs), 3),
            "cpu_s": round(statistics.median(r["cpu_s"] for r in rs), 3),
            "peak_mib": round(statistics.median(r["peak_mib"] for r in rs), 1),
            "rows": rows,
            "exit": rs[-1]["exit"],
            "measured_by": rs[-1]["measured_by"],
            "rounds": [{k: round(r[k], 3) for k in ("wall_s", "cpu_s", "peak_mib")} for r in rs],
        }
        if rs[-1]["exit"] != 0:
            res["stderr_tail"] = rs[-1]["stderr"].strip().splitlines()[-3:]
        results.append(res)

    print()
    print(f"{xlsx} ({xlsx.stat().st_size / 2**20:.1f} MiB), median of {a.rounds} round(s)")
    print(f"{'tool':<20} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'rows':>10}  exit")
    for r in results:
        rows = f"{r['rows']:,}" if isinstance(r["rows"], int) else "—"
        print(f"{r['tool']:<20} {r['wall_s']:>8.2f} {r['cpu_s']:>8.2f} {r['peak_mib']:>9.0f} {rows:>10}  {r['exit']}")
    bad = [r["tool"] for r in results if r["tool"] != "plangauge check" and r["exit"] != 0]
    if bad:
        print("failed: " + ", ".join(bad), file=sys.stderr)
    counts = {r["rows"] for r in results if r["tool"] != "plangauge check"}
    if len(counts) != 1:
        print(f"row counts differ: {sorted(map(str, counts))}", file=sys.stderr)

    doc = {
        "schema": "plangauge.bench_xlsx/1",
        "dataset": str(data),
        "xlsx_bytes": xlsx.stat().st_size,
        "rounds": a.rounds,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
        "versions": {"python-calamine": version("python-calamine"), "openpyxl": version("openpyxl")},
        "binary": binary,
        "results": results,
    }
    out = a.json or data.with_name(data.name + ".bench_xlsx.json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    sys.exit(1 if bad or len(counts) != 1 else 0)


if __name__ == "__main__":
    main()
