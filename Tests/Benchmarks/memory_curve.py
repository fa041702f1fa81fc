"""PlanGauge's time and peak memory as the data grows (`make bench-memory`).

For each firm count in BENCH_CURVE_FIRMS (default 10000 50000 200000: about 1, 5 and 20 million
monthly revenue rows, 2015–2024), makes the dataset once with `plangauge synth` (under /tmp, kept
for later runs), runs `plangauge progress` RUNS times and prints the medians of wall time, CPU time
and peak RSS, with bytes of peak memory per revenue row.
"""
import os, statistics, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
binary = sys.argv[1]
firms = [int(f) for f in os.environ.get("BENCH_CURVE_FIRMS", "10000 50000 200000").split()]
runs = int(os.environ.get("RUNS", "1"))

print(f"{'firms':>8} {'revenue rows':>13} {'CSV MB':>7} {'wall s':>7} {'CPU s':>7} {'peak MiB':>9} {'bytes/row':>10}")
for n in firms:
    data = f"/tmp/plangauge-bench-{n}"
    if not os.path.isdir(data):
        subprocess.run([binary, "synth", "--firms", str(n), "--from", "2015Q1", "--to", "2024Q4",
                        "--frequency", "month", "--out", data], check=True, stdout=subprocess.DEVNULL)
    files = [os.path.join(data, f) for f in os.listdir(data) if f.startswith("revenue")]
    rows = sum(sum(1 for _ in open(f, "rb")) - 1 for f in files)
    size = sum(os.path.getsize(f) for f in files) / 1e6
    walls, cpus, rsss = [], [], []
    for _ in range(runs):
        p = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", binary, "progress", "--data", data],
                           capture_output=True, text=True, cwd=root)
        if p.returncode != 0:
            sys.exit(p.stderr[-2000:])
        e, u, s, m = p.stderr.strip().splitlines()[-1].split()
        walls.append(float(e)); cpus.append(float(u) + float(s)); rsss.append(int(m) * 1024)
    wall, cpu, rss = statistics.median(walls), statistics.median(cpus), statistics.median(rsss)
    print(f"{n:8} {rows:13,} {size:7.0f} {wall:7.2f} {cpu:7.2f} {rss / 2**20:9.0f} {rss / rows:10.0f}")
