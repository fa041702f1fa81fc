"""PlanGauge against pandas, polars and DuckDB on one dataset, in one run (`make bench`).

For each tool: RUNS runs, the median wall time, CPU time (user + sys) and peak RSS (from
/usr/bin/time), the numbers it produced and whether they equal PlanGauge's. Ratios are to
PlanGauge's `progress`. Absolute times drift between machines; ratios in one run hold.
"""
import glob, json, os, shutil, statistics, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
data, binary, runs = sys.argv[1], sys.argv[2], int(os.environ.get("RUNS", "3"))


def measure(cmd):
    """(wall s, cpu s, peak MiB, stdout) medians over RUNS runs."""
    walls, cpus, rsss, out = [], [], [], ""
    for _ in range(runs):
        p = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M"] + cmd, capture_output=True, text=True, cwd=root)
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{p.stderr[-2000:]}")
        e, u, s, m = p.stderr.strip().splitlines()[-1].split()
        walls.append(float(e)); cpus.append(float(u) + float(s)); rsss.append(int(m) / 1024)
        out = p.stdout
    return statistics.median(walls), statistics.median(cpus), statistics.median(rsss), out


def plangauge_numbers(progress_json):
    d = json.loads(progress_json)
    ind = {i["id"]: i for i in d["indicators"]}
    scale = {h["period"][:4]: f"{h['value']:.6f}" for h in ind["scale"]["history"]}
    return {"scale_yi": scale, "firms_over_100m": int(ind["firms_over_100m"]["value"])}


rows = []
# libcsv alone on one core, for the floor ratio (skipped without a C compiler).
floor = None
cc = shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
if cc:
    exe = os.path.join(tempfile.mkdtemp(), "libcsv_floor")
    subprocess.run([cc, "-O2", "-o", exe, os.path.join(here, "libcsv_floor.c"), "-lcsv"], check=True)
    floor = measure([exe] + sorted(glob.glob(os.path.join(data, "revenue*.csv"))))
pg = measure([binary, "progress", "--data", data, "--format", "json"])
reference = plangauge_numbers(pg[3])
rows.append(("plangauge progress", pg, True))
check = measure([binary, "check", data, "--format", "json"])
rows.append(("plangauge check", check, None))
for peer in ["pandas", "polars", "duckdb"]:
    r = measure([sys.executable, os.path.join(here, "peers", f"{peer}_peer.py"), data])
    rows.append((peer, r, json.loads(r[3]) == reference))

print(f"dataset: {data}  runs: {runs} (medians)  numbers: {json.dumps(reference, sort_keys=True)}")
print(f"{'':22} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'wall ×':>7} {'RSS ×':>7}  same numbers")
for name, (wall, cpu, rss, _), same in rows:
    print(f"{name:22} {wall:8.2f} {cpu:8.2f} {rss:9.0f} {wall / pg[0]:7.2f} {rss / pg[2]:7.2f}  "
          f"{'—' if same is None else ('yes' if same else 'NO')}")
if floor:
    print(f"{'libcsv alone, 1 thread':22} {floor[0]:8.2f} {floor[1]:8.2f} {floor[2]:9.0f} {floor[0] / pg[0]:7.2f} {floor[2] / pg[2]:7.2f}  —")
    print(f"PlanGauge progress / libcsv floor: {pg[0] / floor[0]:.2f}×")
if any(same is False for _, _, same in rows):
    sys.exit("a peer disagrees with PlanGauge")
