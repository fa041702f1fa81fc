"""What every peer computes, the way PlanGauge defines it (README, "Levels"):

- a year's industry scale sums each enterprise's year total of 产业收入 (营业收入 where it has none);
- a year total is the 1-12月 累计 value, or the sum of 当期 months from January (from the first
  report for an enterprise that reported nothing the year before), only when no month is missing
  and the enterprise reported through December;
- firms_over_100m counts enterprises whose year total of 营业收入 is at least 1亿 (10000 万元).

Amounts are exact integers of 0.01万元 (the files' precision); the output gives 亿元 with six
decimals, exactly, as JSON on stdout.
"""
import json, re

YEARS = [2020, 2021, 2022, 2023]
COUNT_YEAR = 2023
THRESHOLD = 10000 * 100          # 1亿 = 10000万元, in 0.01万元
FILES = ["revenue_2015-2019.csv", "revenue_2020-2024.csv", "revenue_ytd_gb18030.csv"]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030"]
LABEL = re.compile(r"^(\d{4})(?:-(\d{1,2})|年(\d{1,2})月|年1-(\d{1,2})月)$")


def label(text):
    """(year, month, cumulative) for the labels the synthetic files use."""
    m = LABEL.match(text)
    if not m:
        raise ValueError(f"unexpected period label {text!r}")
    month = m.group(2) or m.group(3) or m.group(4)
    return int(m.group(1)), int(month), m.group(4) is not None


def units(text):
    """'1,234.56' → 123456 (0.01万元); '' or '-' → None."""
    if text is None or text in ("", "-"):
        return None
    whole, _, frac = text.replace(",", "").partition(".")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole or "0")) * 100 + int((frac + "00")[:2]))


def emit(scale_units, count):
    def yi(u):
        return f"{u // 1_000_000}.{u % 1_000_000:06d}"
    print(json.dumps({"scale_yi": {str(y): yi(scale_units.get(y, 0)) for y in YEARS},
                      "firms_over_100m": count}, sort_keys=True))
