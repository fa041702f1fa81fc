"""PlanGauge against pandas, polars and DuckDB on one dataset, in one run (`make bench`).

For each tool: RUNS runs, the median wall time, CPU time (user + sys) and peak RSS (from
/usr/bin/time), the numbers it produced and whether they equal PlanGauge's. Ratios are to
PlanGauge's `progress`. Absolute times drift between machines; ratios in one run hold.
"""
import glob, json, os, shutil, statistics, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
data, binary, runs = sys.argv[1], sys.argv[2], int(os.environ.get("RUNS", "3"))


def run_once(cmd):
    """(wall s, cpu s, peak MiB, stdout) of one run."""
    p = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M"] + cmd, capture_output=True, text=True, cwd=root)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{p.stderr[-2000:]}")
    e, u, s, m = p.stderr.strip().splitlines()[-1].split()
    return float(e), float(u) + float(s), int(m) / 1024, p.stdout


def medians(results):
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            statistics.median(r[2] for r in results), results[-1][3])


def interleaved_runs(*cmds, times):
    """Each command's runs, the commands run in turn `times` times (a, b, a, b, ...)."""
    results = [[] for _ in cmds]
    for _ in range(times):
        for i, cmd in enumerate(cmds):
            results[i].append(run_once(cmd))
    return results


def plangauge_numbers(progress_json):
    d = json.loads(progress_json)
    ind = {i["id"]: i for i in d["indicators"]}
    scale = {h["period"][:4]: f"{h['value']:.6f}" for h in ind["scale"]["history"]}
    return {"scale_yi": scale, "firms_over_100m": int(ind["firms_over_100m"]["value"])}


# Every tool once per round, in turn, for RUNS rounds: a slow spell of the machine (they come and
# go within a minute here) then falls on all of them alike, so the ratios between them hold.
# libcsv alone on one core is the floor (skipped without a C compiler).
tools = [("plangauge progress", [binary, "progress", "--data", data, "--format", "json"]),
         ("plangauge check", [binary, "check", data, "--format", "json"])]
tools += [(peer, [sys.executable, os.path.join(here, "peers", f"{peer}_peer.py"), data]) for peer in ["pandas", "polars", "duckdb"]]
cc = shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
if cc:
    exe = os.path.join(tempfile.mkdtemp(), "libcsv_floor")
    subprocess.run([cc, "-O2", "-o", exe, os.path.join(here, "libcsv_floor.c"), "-lcsv"], check=True)
    # First in each round, just before `progress`, which it is compared with most closely.
    tools.insert(0, ("libcsv alone, 1 thread", [exe] + sorted(glob.glob(os.path.join(data, "revenue*.csv")))))
names = [name for name, _ in tools]
samples = dict(zip(names, interleaved_runs(*[cmd for _, cmd in tools], times=runs)))
# The floor and `progress` take a second or two: more rounds of just the two (seven samples each at
# least), so that their ratio rests on more than three runs of a machine whose speed drifts.
quick = [name for name in names if name in ("libcsv alone, 1 thread", "plangauge progress")]
for name, more in zip(quick, interleaved_runs(*[dict(tools)[name] for name in quick], times=max(0, 7 - runs))):
    samples[name] += more
measured = {name: medians(r) for name, r in samples.items()}
pg = measured["plangauge progress"]
floor = measured.get("libcsv alone, 1 thread")
reference = plangauge_numbers(pg[3])
rows = [("plangauge progress", pg, True), ("plangauge check", measured["plangauge check"], None)]
for peer in ["pandas", "polars", "duckdb"]:
    rows.append((peer, measured[peer], json.loads(measured[peer][3]) == reference))

print(f"dataset: {data}  runs: {runs} (medians; {len(samples['plangauge progress'])} of progress and the floor)  numbers: {json.dumps(reference, sort_keys=True)}")
print(f"{'':22} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'wall ×':>7} {'RSS ×':>7}  same numbers")
for name, (wall, cpu, rss, _), same in rows:
    print(f"{name:22} {wall:8.2f} {cpu:8.2f} {rss:9.0f} {wall / pg[0]:7.2f} {rss / pg[2]:7.2f}  "
          f"{'—' if same is None else ('yes' if same else 'NO')}")
if floor:
    print(f"{'libcsv alone, 1 thread':22} {floor[0]:8.2f} {floor[1]:8.2f} {floor[2]:9.0f} {floor[0] / pg[0]:7.2f} {floor[2] / pg[2]:7.2f}  —")
    print(f"PlanGauge progress / libcsv floor: {pg[0] / floor[0]:.2f}×")
if any(same is False for _, _, same in rows):
    sys.exit("a peer disagrees with PlanGauge")
