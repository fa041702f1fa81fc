"""The benchmark's computation in polars (see common.py). polars reads UTF-8 only, so the GB18030
file is transcoded in memory first, as an analyst would have to."""
import io, sys
import polars as pl
from common import FILES, ENCODINGS, YEARS, COUNT_YEAR, THRESHOLD, emit

folder = sys.argv[1]
frames = []
for name, encoding in zip(FILES, ENCODINGS):
    raw = open(f"{folder}/{name}", "rb").read()
    if encoding != "utf-8":
        raw = raw.decode(encoding).encode("utf-8")
    df = pl.read_csv(io.BytesIO(raw), infer_schema=False)
    cols = df.columns
    has_basis = cols[3] in ("basis", "口径")
    rev, ind = (cols[4], cols[5]) if has_basis else (cols[3], cols[4])
    def amount(c):
        return (pl.col(c).str.replace_all(",", "").replace({"-": None, "": None})
                .cast(pl.Float64) * 100).round(0).cast(pl.Int64)
    p = pl.col(cols[2])
    frames.append(df.select(
        pl.col(cols[0]).alias("id"),
        p.str.extract(r"^(\d{4})", 1).cast(pl.Int32).alias("year"),
        pl.coalesce(p.str.extract(r"^\d{4}-(\d{1,2})$", 1), p.str.extract(r"^\d{4}年(\d{1,2})月$", 1),
                    p.str.extract(r"^\d{4}年1-(\d{1,2})月$", 1)).cast(pl.Int32).alias("month"),
        p.str.contains("年1-").alias("cumulative"),
        amount(rev).alias("revenue"), amount(ind).alias("industry")))
facts = pl.concat(frames).filter(pl.col("revenue").is_not_null())
facts = facts.with_columns(pl.coalesce("industry", "revenue").alias("scale"))
years = facts.select("id", "year").unique().with_columns((pl.col("year") + 1).alias("next"), pl.lit(True).alias("had_previous"))

cum = facts.filter(pl.col("cumulative") & (pl.col("month") == 12)).select("id", "year", "scale", "revenue")
g = (facts.filter(~pl.col("cumulative")).group_by("id", "year")
     .agg(pl.len().alias("n"), pl.col("month").min().alias("first"), pl.col("month").max().alias("last"),
          pl.col("scale").sum(), pl.col("revenue").sum())
     .join(years.select(pl.col("id"), pl.col("next").alias("year"), "had_previous"), on=["id", "year"], how="left"))
complete = g.filter((pl.col("last") == 12) & (pl.col("n") == 12 - pl.col("first") + 1)
                    & ((pl.col("first") == 1) | pl.col("had_previous").is_null()))
totals = pl.concat([cum, complete.select("id", "year", "scale", "revenue")])
by_year = totals.group_by("year").agg(pl.col("scale").sum())
scale = {int(y): int(v) for y, v in by_year.iter_rows() if y in YEARS}
count = totals.filter((pl.col("year") == COUNT_YEAR) & (pl.col("revenue") >= THRESHOLD)).height
emit(scale, count)
