#!/usr/bin/env python3
"""Writes the .xlsx benchmark dataset: DIR/enterprises.csv and DIR/revenue.xlsx.

    python3 Tests/Benchmarks/make_xlsx_bench.py --rows 1000000 --out /tmp/plangauge-xlsx-bench

enterprises.csv: FIRMS firms (default 50,000) with valid 统一社会信用代码 (GB 32100-2015 check character,
the 9-character organisation code carrying its own GB 11714 check digit), the columns of
Data/sample/enterprises.csv.

revenue.xlsx: one sheet `营业收入`, a header row (统一社会信用代码, 企业名称, 统计期, 口径, 营业收入（万元）)
and ROWS data rows: every firm for 2023-01, then every firm for 2023-02, … (monthly, 当期), the amount
a number with two decimals (number format #,##0.00). Text cells are shared strings, as Excel writes
them (XlsxWriter's default mode); `--writer xlsxwriter-cm` writes inline strings in constant memory,
`--writer openpyxl` uses openpyxl's write_only mode.

Deterministic: the same arguments give the same bytes. The folder is written as DIR.partial and
renamed at the end, so an interrupted run never leaves a half-made DIR behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import time
from pathlib import Path

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # GB 11714: digits 0-9, letters A=10 … Z=35
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

DISTRICTS = [("310101", "黄浦区"), ("310104", "徐汇区"), ("310105", "长宁区"), ("310106", "静安区"),
             ("310107", "普陀区"), ("310109", "虹口区"), ("310110", "杨浦区"), ("310112", "闵行区"),
             ("310113", "宝山区"), ("310114", "嘉定区"), ("310115", "浦东新区"), ("310116", "金山区"),
             ("310117", "松江区"), ("310118", "青浦区"), ("310120", "奉贤区"), ("310151", "崇明区")]
SEGMENTS = ["云安全", "安全服务", "安全运营", "密码", "网络边界安全", "数据安全", "终端安全", "车联网安全"]
A = list("远天瀚云盈融宁安御恒澜信睿星盾达网卫数观拓邦鼎华捷科合源创威宇图航维讯泰智锐嘉立")  # 40
B = list("航卫信捷创科邦合源图维鼎拓安华威宇讯泰达瀚云盈融宁御恒澜睿星盾网数观智锐通博锋新")  # 40
KINDS = ["软件技术", "数据科技", "密码技术", "信息技术", "网络科技", "信息安全技术", "安全服务", "数字科技",
         "智能科技", "网络安全技术", "计算机科技", "信息系统", "云计算科技", "通信技术", "电子科技", "检测技术",
         "安全技术", "科技发展", "系统集成", "数据服务", "软件开发", "技术服务", "安全科技", "信息科技",
         "网络技术", "数字技术", "软件科技", "智能技术", "互联网科技", "数据技术", "云安全技术", "密码科技"]  # 32


def uscc_check(first17: str) -> str:
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31]


def org_check(first8: str) -> str:
    c = 11 - sum(ORG_ALPHABET.index(ch) * w for ch, w in zip(first8, ORG_WEIGHTS)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def firm_id(i: int) -> str:
    admin, _ = DISTRICTS[i % len(DISTRICTS)]
    body = f"{(i * 7919 + 1234567) % 100_000_000:08d}"  # distinct for i < 100 million / gcd
    org = body + org_check(body)
    first17 = "91" + admin + org
    assert all(c in USCC_ALPHABET for c in first17)
    return first17 + uscc_check(first17)


def firm_name(i: int) -> str:
    return f"上海{A[i % 40]}{B[(i // 40) % 40]}{KINDS[(i // 1600) % 32]}有限公司" + (f"{i // 51200}分公司" if i >= 51200 else "")


class Rand:
    """SplitMix64: the same sequence on every machine."""

    def __init__(self, seed: int):
        self.s = seed & 0xFFFFFFFFFFFFFFFF

    def next(self) -> int:
        self.s = (self.s + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def unit(self) -> float:
        return (self.next() >> 11) / float(1 << 53)


def periods(n: int):
    y, m = 2023, 1
    for _ in range(n):
        yield f"{y}-{m:02d}"
        m += 1
        if m == 13:
            y, m = y + 1, 1


def write_enterprises(path: Path, firms: int):
    r = Rand(2015)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("id,name,district,park,segment,tags,founded,credit_flags\n")
        for i in range(firms):
            _, district = DISTRICTS[i % len(DISTRICTS)]
            founded = dt.date(2000, 1, 1) + dt.timedelta(days=int(r.unit() * 8700))
            tags = "专精特新" if r.unit() < 0.1 else ""
            f.write(f"{firm_id(i)},{firm_name(i)},{district},,{SEGMENTS[i % 8]},{tags},{founded.isoformat()},\n")


def monthly_amounts(firms: int):
    """Per firm a base (万元, log-spread 5–5000) and a growth; month k's amount has two decimals."""
    r = Rand(2023)
    base = [5 * (1000 ** r.unit()) for _ in range(firms)]
    grow = [1 + (r.unit() - 0.3) * 0.04 for _ in range(firms)]
    return base, grow, r


HEADER = ["统一社会信用代码", "企业名称", "统计期", "口径", "营业收入（万元）"]


def rows_iter(n_rows: int, firms: int):
    base, grow, r = monthly_amounts(firms)
    ids = [firm_id(i) for i in range(firms)]
    names = [firm_name(i) for i in range(firms)]
    done = 0
    for k, p in enumerate(periods((n_rows + firms - 1) // firms)):
        for i in range(firms):
            if done == n_rows:
                return
            v = round(base[i] * grow[i] ** k * (0.85 + 0.3 * r.unit()), 2)
            yield ids[i], names[i], p, "当期", v
            done += 1


def write_xlsxwriter(path: Path, n_rows: int, firms: int, constant_memory: bool):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory, "strings_to_numbers": False,
                                         "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"author": "PlanGauge bench", "created": dt.datetime(2024, 4, 15, 9, 30)})
    ws = wb.add_worksheet("营业收入")
    money = wb.add_format({"num_format": "#,##0.00"})
    bold = wb.add_format({"bold": True})
    for c, h in enumerate(HEADER):
        ws.write_string(0, c, h, bold)
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 34)
    ws.set_column(4, 4, 16)
    ws_s, ws_n = ws.write_string, ws.write_number
    for r, (i, n, p, b, v) in enumerate(rows_iter(n_rows, firms), start=1):
        ws_s(r, 0, i)
        ws_s(r, 1, n)
        ws_s(r, 2, p)
        ws_s(r, 3, b)
        ws_n(r, 4, v, money)
    wb.close()


def write_openpyxl(path: Path, n_rows: int, firms: int):
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    wb = openpyxl.Workbook(write_only=True)
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 4, 15, 9, 30)
    ws = wb.create_sheet("营业收入")
    ws.append(HEADER)
    for i, n, p, b, v in rows_iter(n_rows, firms):
        c = WriteOnlyCell(ws, value=v)
        c.number_format = "#,##0.00"
        ws.append([i, n, p, b, c])
    wb.save(str(path))
    # openpyxl stamps dcterms:modified with the time of saving: re-zip with it fixed
    import io, re, zipfile
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist()):
            body = src.read(name)
            if name == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2024-04-15T09:30:00Z\g<2>", body)
            zi = zipfile.ZipInfo(name, date_time=(2024, 4, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body, compresslevel=6)
    path.write_bytes(out.getvalue())


def main():
    ap = argparse.ArgumentParser(description="Write the .xlsx benchmark dataset (enterprises.csv + revenue.xlsx).")
    ap.add_argument("--rows", type=int, default=1_000_000, help="revenue rows in the sheet (default 1,000,000)")
    ap.add_argument("--firms", type=int, default=50_000, help="enterprises (default 50,000)")
    ap.add_argument("--out", type=Path, required=True, help="dataset folder to write (replaced if it exists)")
    ap.add_argument("--writer", choices=["xlsxwriter", "xlsxwriter-cm", "openpyxl"], default="xlsxwriter")
    a = ap.parse_args()
    if a.rows > 1_048_575:
        sys.exit("an Excel sheet holds at most 1,048,576 rows (1,048,575 under the header)")
    out = a.out
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    t0 = time.time()
    write_enterprises(tmp / "enterprises.csv", a.firms)
    t1 = time.time()
    if a.writer == "openpyxl":
        write_openpyxl(tmp / "revenue.xlsx", a.rows, a.firms)
    else:
        write_xlsxwriter(tmp / "revenue.xlsx", a.rows, a.firms, a.writer == "xlsxwriter-cm")
    t2 = time.time()
    shutil.rmtree(out, ignore_errors=True)
    os.rename(tmp, out)
    size = (out / "revenue.xlsx").stat().st_size
    print(f"{out}: enterprises.csv {a.firms:,} firms ({t1 - t0:.1f} s); revenue.xlsx {a.rows:,} rows, "
          f"{size / 2**20:.1f} MiB, {a.writer} ({t2 - t1:.1f} s)")


if __name__ == "__main__":
    main()
