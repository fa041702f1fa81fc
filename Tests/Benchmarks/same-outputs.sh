#!/usr/bin/env bash
# Shows that a change left every command's output alone: runs every command of two builds of
# plangauge on the sample, the examples and (when given) a large dataset, and diffs the results.
#
#   Tests/Benchmarks/same-outputs.sh OLD_BINARY NEW_BINARY [LARGE_DATASET]
#
# A large dataset: plangauge synth --firms 4900 --from 2015Q1 --to 2024Q4 --frequency month --out /tmp/big
# (about 500,000 revenue rows). The test fixtures (hostile CSV, workbooks, encodings) are run too.
# Exit status 0 and "identical" when nothing differs; the output
# folders' own paths are the only text normalised.
set -euo pipefail
old=$1 new=$2 big=${3:-}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

outputs() {
  local bin=$1 out=$2 s=$repo/Data/sample
  mkdir -p "$out"
  run() { local name=$1; shift; (cd "$repo" && "$@" >"$out/$name.out" 2>"$out/$name.err"; echo "rc=$?" >>"$out/$name.out") || true; }
  for f in text json; do run check-$f "$bin" check "$s" --format $f; done
  for f in text json csv; do run progress-$f "$bin" progress --data "$s" --format $f; done
  run progress-2023 "$bin" progress --data "$s" --period 2023Q4 --format json
  run progress-unsd "$bin" progress --data "$s" --method unsd
  for f in text json csv; do run quarterly-$f "$bin" quarterly --data "$s" --format $f; done
  run quarterly-revenue "$bin" quarterly --data "$s" --field revenue --period 2024Q2
  run report "$bin" report --data "$s" --out "$out/site"
  run report-park "$bin" report --data "$s" --park PT-DEMO --out "$out/site-park"
  run report-en "$bin" report --data "$s" --lang en --out "$out/site-en"
  run report-en-2023 "$bin" report --data "$s" --lang en --period 2023Q4 --out "$out/site-en"
  run report-2023 "$bin" report --data "$s" --period 2023Q2 --out "$out/site"
  run report-park-en "$bin" report --data "$s" --park PT-DEMO --lang en --out "$out/site-park-en"
  run export "$bin" export --data "$s" --out "$out/export"
  for sub in check budget evaluate; do for f in text json; do run grants-$sub-$f "$bin" grants $sub --data "$s" --format $f; done; done
  for sub in check budget evaluate; do run grants-$sub-en "$bin" grants $sub --data "$s" --lang en; done
  run uscc "$bin" uscc 91310000MA1FL1234X 913100007178811234
  for d in "$repo"/Data/examples/*/; do
    n=$(basename "$d")
    run ex-$n-check "$bin" check "$d"
    run ex-$n-progress "$bin" progress --data "$d" --format json
    run ex-$n-quarterly "$bin" quarterly --data "$d"
    run ex-$n-report "$bin" report --data "$d" --out "$out/ex-$n-site"
    run ex-$n-report-en "$bin" report --data "$d" --lang en --out "$out/ex-$n-site-en"
  done
  # Every test fixture folder (hostile CSV, office workbooks, encodings, fuzz reproducers): check with
  # its rejects, and progress.
  find "$repo/Tests" -path '*/Fixtures/*' -type f \( -name '*.csv' -o -name '*.xlsx' \) -printf '%h\n' | sort -u |
    while read -r d; do
      n=fixture-$(echo "${d#"$repo"/Tests/}" | tr '/' '_')
      run $n-check "$bin" check "$d" --format json --rejects "$out/$n-rejects"
      run $n-progress "$bin" progress --data "$d" --format json --allow-rejects
    done
  run synth "$bin" synth --firms 40 --out "$out/synth"
  run synth-monthly "$bin" synth --firms 60 --from 2018Q1 --to 2020Q4 --frequency month --out "$out/synth-monthly"
  run synth-chengdu "$bin" synth --region 510100 --firms 60 --out "$out/synth-chengdu"
  if [ -n "$big" ]; then
    run big-check "$bin" check "$big" --format json
    run big-progress "$bin" progress --data "$big" --format json
    run big-quarterly "$bin" quarterly --data "$big" --format json
    run big-export "$bin" export --data "$big" --out "$out/big-export"
    run big-report "$bin" report --data "$big" --out "$out/big-site"
  fi
  grep -rl "$out" "$out" | xargs -r sed -i "s#$out#OUT#g"
}

outputs "$old" "$work/old"
outputs "$new" "$work/new"
echo "$(find "$work/old" -type f | wc -l) files compared"
diff -r "$work/old" "$work/new" && echo identical
