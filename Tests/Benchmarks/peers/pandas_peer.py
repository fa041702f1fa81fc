"""The benchmark's computation in pandas (see common.py)."""
import sys
import pandas as pd
from common import FILES, ENCODINGS, YEARS, COUNT_YEAR, THRESHOLD, label, units, emit

folder = sys.argv[1]
frames = []
for name, encoding in zip(FILES, ENCODINGS):
    df = pd.read_csv(f"{folder}/{name}", dtype=str, encoding=encoding, keep_default_na=False)
    df.columns = ["id", "name", "period"] + list(df.columns[3:])
    revenue = df.iloc[:, 4] if "basis" in df.columns or "口径" in df.columns else df.iloc[:, 3]
    industry = df.iloc[:, 5] if "basis" in df.columns or "口径" in df.columns else df.iloc[:, 4]
    parsed = df["period"].map(label)
    frames.append(pd.DataFrame({
        "id": df["id"], "year": parsed.map(lambda p: p[0]), "month": parsed.map(lambda p: p[1]),
        "cumulative": parsed.map(lambda p: p[2]), "revenue": revenue.map(units), "industry": industry.map(units),
    }))
facts = pd.concat(frames, ignore_index=True)
facts = facts[facts["revenue"].notna()]
facts["scale"] = facts["industry"].fillna(facts["revenue"])
present = set(zip(facts["id"], facts["year"]))

# 累计: the December value. 当期: all months present from January (or the first report of a new firm) to December.
cum = facts[facts["cumulative"] & (facts["month"] == 12)][["id", "year", "scale", "revenue"]]
per = facts[~facts["cumulative"]]
g = per.groupby(["id", "year"]).agg(n=("month", "size"), first=("month", "min"), last=("month", "max"),
                                     scale=("scale", "sum"), revenue=("revenue", "sum")).reset_index()
new = ~pd.Series([(i, y - 1) in present for i, y in zip(g["id"], g["year"])], index=g.index)
complete = (g["last"] == 12) & (g["n"] == 12 - g["first"] + 1) & ((g["first"] == 1) | new)
totals = pd.concat([cum, g[complete][["id", "year", "scale", "revenue"]]], ignore_index=True)

scale = {int(y): int(v) for y, v in totals.groupby("year")["scale"].sum().items() if y in YEARS}
count = int(((totals["year"] == COUNT_YEAR) & (totals["revenue"] >= THRESHOLD)).sum())
emit(scale, count)
