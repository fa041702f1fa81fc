"""The benchmark's computation in DuckDB (see common.py). DuckDB reads UTF-8, so the GB18030
file is transcoded to a temporary file first, as an analyst would have to."""
import os, sys, tempfile
import duckdb
from common import FILES, ENCODINGS, YEARS, COUNT_YEAR, THRESHOLD, emit

folder = sys.argv[1]
con = duckdb.connect()
selects = []
tmp = []
for name, encoding in zip(FILES, ENCODINGS):
    path = f"{folder}/{name}"
    if encoding == "gb18030":
        fd, utf8 = tempfile.mkstemp(suffix=".csv")
        with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
            out.write(src.read().decode("gb18030").encode("utf-8"))
        path = utf8
        tmp.append(utf8)
    cols = [c[0] for c in con.execute(f"DESCRIBE SELECT * FROM read_csv('{path}', all_varchar=true, header=true)").fetchall()]
    has_basis = cols[3] in ("basis", "口径")
    rev, ind = (cols[4], cols[5]) if has_basis else (cols[3], cols[4])
    amount = lambda c: (f"CAST(round(CAST(NULLIF(NULLIF(replace(\"{c}\", ',', ''), '-'), '') AS DOUBLE) * 100) AS BIGINT)")
    p = f'"{cols[2]}"'
    selects.append(f"""SELECT "{cols[0]}" AS id, CAST(regexp_extract({p}, '^(\\d{{4}})', 1) AS INT) AS year,
        CAST(coalesce(NULLIF(regexp_extract({p}, '^\\d{{4}}-(\\d{{1,2}})$', 1), ''),
                      NULLIF(regexp_extract({p}, '^\\d{{4}}年(\\d{{1,2}})月$', 1), ''),
                      NULLIF(regexp_extract({p}, '^\\d{{4}}年1-(\\d{{1,2}})月$', 1), '')) AS INT) AS month,
        contains({p}, '年1-') AS cumulative, {amount(rev)} AS revenue, {amount(ind)} AS industry
        FROM read_csv('{path}', all_varchar=true, header=true)""")
con.execute("CREATE TABLE facts AS SELECT *, coalesce(industry, revenue) AS scale FROM (" + " UNION ALL ".join(selects) + ") WHERE revenue IS NOT NULL")
totals = f"""
WITH present AS (SELECT DISTINCT id, year FROM facts),
cum AS (SELECT id, year, scale, revenue FROM facts WHERE cumulative AND month = 12),
g AS (SELECT id, year, count(*) AS n, min(month) AS first, max(month) AS last, sum(scale) AS scale, sum(revenue) AS revenue
      FROM facts WHERE NOT cumulative GROUP BY id, year),
complete AS (SELECT g.id, g.year, g.scale, g.revenue FROM g LEFT JOIN present p ON p.id = g.id AND p.year = g.year - 1
             WHERE g.last = 12 AND g.n = 12 - g.first + 1 AND (g.first = 1 OR p.id IS NULL))
SELECT * FROM cum UNION ALL SELECT * FROM complete"""
con.execute(f"CREATE TABLE totals AS {totals}")
scale = {int(y): int(v) for y, v in con.execute("SELECT year, sum(scale) FROM totals GROUP BY year").fetchall() if y in YEARS}
count = con.execute(f"SELECT count(*) FROM totals WHERE year = {COUNT_YEAR} AND revenue >= {THRESHOLD}").fetchone()[0]
for t in tmp:
    os.remove(t)
emit(scale, int(count))
