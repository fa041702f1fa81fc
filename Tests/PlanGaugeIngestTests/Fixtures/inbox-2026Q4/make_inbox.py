#!/usr/bin/env python3
"""Writes a realistic 2026Q4 inbox against the sample roster (Data/sample), and what a correct merge
of it must give, computed here from the very values written (never from PlanGauge's output).

    python3 Tests/PlanGaugeIngestTests/Fixtures/inbox-2026Q4/make_inbox.py [--check]

Every firm the sample calls active for 2026Q4 (a 营业收入 in 2025Q4–2026Q3) reports its 2026Q4 当期
figure through its district's return, except:
  - two firms left out of their district's return (漏报): one of 浦东新区, one of 普陀区;
  - one 松江区 firm that left the roster (exited 2026-10-31 in roster/enterprises.csv): not chased;
  - one 徐汇区 firm that sends its own form in 元 under a bare 营业收入 header: held, and chased.

The returns, each in a shape district offices send:
  浦东新区_2026Q4.xlsx      workbook: merged title row, 单位：万元 line, 序号 column, 合计 row, footer
  浦东新区_2026Q4(1).xlsx   the same bytes again (an identical resubmission)
  普陀区.csv               GB18030, CRLF, a title line and a unit row under the header
  songjiang_2026Q4.csv     English headers, units in the cells (1,234.56万元, 0.123456亿)
  静安区报表.xlsx          workbook with 营业收入（元）: amounts in 元, converted exactly
  徐汇区/闵行区/青浦区/嘉定区/杨浦区/长宁区.xlsx  plain workbooks, one sheet, Chinese headers
  <firm>_2026Q4.xlsx       the 徐汇区 firm's own return, in 元 under a bare header (held)
  长宁区_2025年数据更正.csv   a revision of a firm's 2025年三季度 figure (a conflict)
  空白.csv                  an empty file;  报送说明.docx  a document, not a table

Figures: 2026Q4 当期 = the firm's 2026年三季度 当期 × 1.06 (quarterly reporters) or its 2026年1-9月
累计 ÷ 3 × 1.10 (year-to-date reporters, or the last they gave), rounded half up to 0.01 万元.

Writes inbox/ (the files), roster/enterprises.csv (the sample roster with an exited column) and
expected.json. Deterministic (fixed workbook dates, sorted zip entries): `--check` compares.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import importlib.util
import io
import json
import shutil
import sys
import tempfile
from collections import OrderedDict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
SAMPLE = REPO / "Data" / "sample"

# The office fixtures' deterministic workbook writer (same folder family).
_spec = importlib.util.spec_from_file_location("office_fixtures", HERE.parent / "office" / "make_fixtures.py")
office = importlib.util.module_from_spec(_spec)
sys.modules["office_fixtures"] = office
_spec.loader.exec_module(office)

CENT = Decimal("0.01")
QUARTERS = ["2025年四季度", "2026年一季度", "2026年二季度", "2026年三季度"]


def money(d: Decimal) -> Decimal:
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def figure(cell: str) -> bool:
    """Whether a cell holds a 营业收入 figure (`-` and empty are none)."""
    return cell.replace(",", "").replace(".", "").isdigit()


def load_sample():
    firms = list(csv.DictReader(open(SAMPLE / "enterprises.csv", encoding="utf-8-sig")))
    quarterly = {}  # id -> {label: (revenue, employees)}
    for r in csv.reader(open(SAMPLE / "revenue_2023-2026.csv", encoding="utf-8-sig")):
        if r[3] == "当期" and figure(r[4]):
            quarterly.setdefault(r[0], {})[r[2]] = (Decimal(r[4].replace(",", "")), r[8])
    ytd = {}
    for r in list(csv.reader(open(SAMPLE / "revenue_ytd_gb18030.csv", encoding="gb18030")))[1:]:
        if figure(r[3]):
            ytd.setdefault(r[0], {})[r[2]] = (Decimal(r[3].replace(",", "")), r[6])
    return firms, quarterly, ytd


def q4_figures(firms, quarterly, ytd):
    """id -> (revenue 万元, employees) for every firm active for 2026Q4, in roster order."""
    out = OrderedDict()
    for f in firms:
        q = quarterly.get(f["id"], {})
        y = ytd.get(f["id"], {})
        if any(label in q for label in QUARTERS):
            last = next(label for label in reversed(QUARTERS) if label in q)
            rev, emp = q[last]
            out[f["id"]] = (money(rev * Decimal("1.06")), emp)
        elif any(label.startswith("2026年") or label == "2025年1-12月" for label in y):
            labels = [l for l in y if l.startswith("2026年")] or ["2025年1-12月"]
            rev, emp = y[sorted(labels, key=lambda l: int(l.split("-")[1].rstrip("月")))[-1]]
            out[f["id"]] = (money(rev / 3 * Decimal("1.10")), emp)
    return out


def grouped(d: Decimal) -> str:
    return f"{d:,.2f}"


def workbook(rows, *, title=None, unit_line=None, merge_to=None, bold=()):
    wb = office.new_workbook()
    ws = wb.active
    ws.title = "Sheet1"
    r0 = 1
    if title:
        ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
        if merge_to:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=merge_to)
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
        r0 = 2
    if unit_line:
        ws.cell(row=r0, column=1, value=unit_line)
        r0 += 1
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            ws.cell(row=r0 + i, column=j + 1, value=v)
        if i in bold:
            for j in range(len(row)):
                ws.cell(row=r0 + i, column=j + 1).font = Font(bold=True)
    return wb


def save(wb, path: Path):
    office.save_workbook(wb, path)


def crlf_csv(rows) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def build(out: Path):
    firms, quarterly, ytd = load_sample()
    by_id = {f["id"]: f for f in firms}
    figures = q4_figures(firms, quarterly, ytd)

    def of(district):
        return [i for i in figures if by_id[i]["district"] == district]

    missing_pudong = of("浦东新区")[5]
    missing_putuo = of("普陀区")[10]
    exited = of("松江区")[3]
    held = of("徐汇区")[2]
    left_out = {missing_pudong, missing_putuo, exited, held}

    inbox = out / "inbox"
    inbox.mkdir(parents=True)
    merged = OrderedDict()  # id -> (revenue 万元, employees): what the merge must append

    def take(district):
        ids = [i for i in of(district) if i not in left_out]
        for i in ids:
            merged[i] = figures[i]
        return ids

    # 浦东新区: a formal workbook with title, unit line, 序号, 合计 and a footer; and its copy.
    ids = take("浦东新区")
    rows = [["序号", "统一社会信用代码", "企业名称", "统计期", "营业收入", "从业人员"]]
    for n, i in enumerate(ids, 1):
        rev, emp = figures[i]
        rows.append([n, i, by_id[i]["name"], "2026年四季度", float(rev), int(emp) if emp else None])
    total = sum(figures[i][0] for i in ids)
    rows.append(["合计", None, None, None, float(total), None])
    rows.append([None] * 6)
    rows.append(["填报人：王五", None, None, "联系电话：021-50000000", None, None])
    wb = workbook(rows, title="2026年四季度网络安全重点企业营业收入填报表（浦东新区）", unit_line="单位：万元",
                  merge_to=6, bold=(0, len(ids) + 1))
    save(wb, inbox / "浦东新区_2026Q4.xlsx")
    shutil.copyfile(inbox / "浦东新区_2026Q4.xlsx", inbox / "浦东新区_2026Q4(1).xlsx")

    # 普陀区: GB18030 CSV with a title line and a unit row.
    ids = take("普陀区")
    rows = [["2026年四季度 普陀区网络安全企业统计表", "", "", "", "", ""],
            ["统一社会信用代码", "企业名称", "统计期", "口径", "营业收入", "从业人员"],
            ["", "", "", "", "（万元）", "（人）"]]
    for i in ids:
        rev, emp = figures[i]
        rows.append([i, by_id[i]["name"], "2026年四季度", "当期", grouped(rev), emp])
    (inbox / "普陀区.csv").write_bytes(crlf_csv(rows).encode("gb18030"))

    # 松江区: English headers, the unit in each cell (every third firm in 亿元, exact).
    ids = take("松江区")
    rows = [["id", "name", "period", "revenue", "employees"]]
    for n, i in enumerate(ids):
        rev, emp = figures[i]
        cell = f"{(rev / 10000).normalize():f}亿" if n % 3 == 2 else f"{grouped(rev)}万元"
        rows.append([i, by_id[i]["name"], "2026Q4", cell, emp])
    (inbox / "songjiang_2026Q4.csv").write_text(crlf_csv(rows), encoding="utf-8")

    # 静安区: amounts in 元, said in the header.
    ids = take("静安区")
    rows = [["统一社会信用代码", "企业名称", "统计期", "营业收入（元）", "从业人员（人）"]]
    for i in ids:
        rev, emp = figures[i]
        rows.append([i, by_id[i]["name"], "2026年第四季度", int(rev * 10000), int(emp) if emp else None])
    save(workbook(rows), inbox / "静安区报表.xlsx")

    # The other districts: plain one-sheet workbooks.
    for district in ["徐汇区", "闵行区", "青浦区", "嘉定区", "杨浦区", "长宁区"]:
        ids = take(district)
        rows = [["统一社会信用代码", "企业名称", "统计期", "营业收入（万元）", "从业人员"]]
        for i in ids:
            rev, emp = figures[i]
            rows.append([i, by_id[i]["name"], "2026Q4", float(rev), int(emp) if emp else None])
        save(workbook(rows), inbox / f"{district}.xlsx")

    # The 徐汇区 firm's own return: 元 under a bare header.
    rev, emp = figures[held]
    rows = [["统一社会信用代码", "企业名称", "统计期", "营业收入", "从业人员"],
            [held, by_id[held]["name"], "2026年四季度", int(rev * 10000), int(emp) if emp else None]]
    held_file = f"{by_id[held]['name']}_2026Q4.xlsx"
    save(workbook(rows), inbox / held_file)

    # 长宁区 revises a firm's 2025年三季度 figure by +12.34 万元.
    revised = next(i for i in of("长宁区") if "2025年三季度" in quarterly.get(i, {}))
    old_rev, old_emp = quarterly[revised]["2025年三季度"]
    new_rev = old_rev + Decimal("12.34")
    rows = [["统一社会信用代码", "企业名称", "统计期", "口径", "营业收入（万元）"],
            [revised, by_id[revised]["name"], "2025年三季度", "当期", f"{new_rev:.2f}"]]
    (inbox / "长宁区_2025年数据更正.csv").write_text(crlf_csv(rows), encoding="utf-8-sig")

    (inbox / "空白.csv").write_bytes(b"")
    (inbox / "报送说明.docx").write_bytes(b"PK\x03\x04 a cover letter, not a table")

    # The roster: the sample's, with the exited firm marked.
    roster = out / "roster"
    roster.mkdir()
    src = list(csv.reader(open(SAMPLE / "enterprises.csv", encoding="utf-8-sig")))
    lines = [src[0] + ["exited"]] + [r + (["2026-10-31"] if r[0] == exited else [""]) for r in src[1:]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(lines)
    (roster / "enterprises.csv").write_text(buf.getvalue(), encoding="utf-8")

    fen = lambda wan: int(wan * 1_000_000)  # 1 万元 = 1,000,000 分
    expected = OrderedDict(
        merged_count=len(merged),
        merged_revenue_fen=sum(fen(v[0]) for v in merged.values()),
        merged=[[i, fen(v[0]), int(v[1]) if v[1] else None] for i, v in sorted(merged.items())],
        missing=sorted([missing_pudong, missing_putuo, held]),
        exited=exited,
        held=f"{held}@2026Q4",
        held_file=held_file,
        held_fen=fen(rev * 10000),  # its 元 figure read as 万元
        conflict=f"{revised}@2025Q3",
        conflict_old_fen=fen(old_rev),
        conflict_new_fen=fen(new_rev),
    )
    # One key per line, one merged firm per line.
    body = ",\n".join(
        f" {json.dumps(k)}: " + ("[\n  " + ",\n  ".join(json.dumps(m) for m in v) + "\n ]" if k == "merged"
                                 else json.dumps(v, ensure_ascii=False))
        for k, v in expected.items())
    (out / "expected.json").write_text("{\n" + body + "\n}\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as t:
            build(Path(t))
            cmp = filecmp.dircmp(t, HERE, ignore=["make_inbox.py", "README.md", "__pycache__"])
            bad = cmp.diff_files + cmp.left_only + cmp.right_only
            for sub in ("inbox", "roster"):
                c = filecmp.dircmp(Path(t) / sub, HERE / sub)
                bad += c.diff_files + c.left_only + c.right_only
            if bad:
                print("differs:", bad)
                sys.exit(1)
            print("fixtures are up to date")
        return
    for sub in ("inbox", "roster", "expected.json"):
        p = HERE / sub
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    build(HERE)


if __name__ == "__main__":
    main()
