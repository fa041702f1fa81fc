#!/usr/bin/env python3
"""Writes the "office table shape" fixture inbox: one small dataset per folder beside this script.

Every folder holds an `enterprises.csv` (or `enterprises.xlsx`) copied from Data/sample and the revenue
returns in the shape under test; `expected/<folder>.json` + `expected/<folder>.md` say what a correct
reader must give (kept outside the dataset folders, which hold only what an office sent), computed
here from the very values written (rows read / accepted / rejected / skipped by kind, the
header line(s), the unit and where it comes from, every accepted amount in exact 分, and the
diagnostics). See README.md in this folder.

    python3 -m pip install openpyxl        # 3.1.x
    python3 Tests/PlanGaugeIngestTests/Fixtures/office/make_fixtures.py [--check]

Deterministic: workbook properties are fixed and every .xlsx/.docx is re-zipped with sorted entries
and a fixed date per entry, so running it twice gives byte-identical files. `--check` writes into a
temporary folder and compares with the committed files (exit 1 on any difference).
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import io
import json
import os
import re
import shutil
import struct
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
FIXED_DT = dt.datetime(2024, 4, 15, 9, 30, 0)
ZIP_DT = (2024, 4, 15, 9, 30, 0)

FEN_PER = {"万元": Decimal(1_000_000), "元": Decimal(100)}

# ---------------------------------------------------------------------------------------------
# Enterprises, copied verbatim from Data/sample/enterprises.csv (no park, no credit record, so each
# folder is a complete dataset without parks.csv), with their 2023年一季度 当期 营业收入 in the sample
# (Data/sample/revenue_2023-2026.csv), used as the previous period.
ENTERPRISES_HEADER = "id,name,district,park,segment,tags,founded,credit_flags"
POOL = [
    ("913101060028JBEYYY,上海远航软件技术有限公司,静安区,,云安全,,2014-03-06,", "1934.06"),
    ("913101100028JBF01L,上海天卫数据科技有限公司,杨浦区,,安全运营,专精特新,2002-05-06,", "266.87"),
    ("913101040028JBF022,上海瀚信密码技术有限公司,徐汇区,,云安全,专精特新,2010-09-21,", "283.18"),
    ("913101120028JBF03P,上海瀚捷数据科技有限公司,闵行区,,安全服务,专精特新;小巨人,2010-10-20,", "167.03"),
    ("913101150028JBF059,上海云创软件技术有限公司,浦东新区,,密码,专精特新;小巨人,2001-01-28,", "398.34"),
    ("913101150028JBF06C,上海盈卫密码技术有限公司,浦东新区,,网络边界安全,,2012-06-23,", "406.23"),
    ("913101100028JBF0AG,上海融维信息安全技术有限公司,杨浦区,,网络边界安全,,2019-07-06,", "117.64"),
    ("913101070028JBF0DF,上海宁邦信息技术有限公司,普陀区,,安全运营,,2008-10-18,", "1333.47"),
    ("913101040028JBF0JK,上海瀚科数据科技有限公司,徐汇区,,数据安全,,2011-12-03,", "341.50"),
    ("913101120028JBF0K9,上海远合网络安全技术有限公司,闵行区,,数据安全,,2010-10-15,", "502.61"),
    ("913101150028JBF0LP,上海安邦信息技术有限公司,浦东新区,,云安全,,2011-07-05,", "992.36"),
    ("913101120028JBF0MF,上海御安软件技术有限公司,闵行区,,安全服务,专精特新;小巨人,2017-04-11,", "417.43"),
    ("913101150028JBF0NX,上海安源信息技术有限公司,浦东新区,,数据安全,,2000-09-26,", "96.27"),
    ("913101120028JBF0YB,上海恒创网络科技有限公司,闵行区,,车联网安全,,2006-06-03,", "157.39"),
    ("913101150028JBF10T,上海澜威智能科技有限公司,浦东新区,,终端安全,专精特新,2007-06-10,", "3034.36"),
    ("913101100028JBF12Q,上海信科数据科技有限公司,杨浦区,,数据安全,,2014-01-12,", "1706.69"),
]


@dataclass
class Firm:
    line: str
    prev: Decimal  # 2023年一季度 营业收入, 万元

    @property
    def fields(self):
        return self.line.split(",")

    @property
    def id(self):
        return self.fields[0]

    @property
    def name(self):
        return self.fields[1]

    @property
    def district(self):
        return self.fields[2]


FIRMS = [Firm(l, Decimal(p)) for l, p in POOL]

# GB 32100-2015 check character.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(first17: str) -> str:
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31]


for _f in FIRMS:
    assert uscc_check(_f.id[:17]) == _f.id[17], _f.id


def verify_pool_against_sample():
    """Warns (does not fail) when Data/sample no longer holds these lines verbatim."""
    ent = REPO / "Data/sample/enterprises.csv"
    if not ent.exists():
        return
    lines = set(ent.read_text(encoding="utf-8-sig").splitlines())
    for f in FIRMS:
        if f.line not in lines:
            print(f"note: {f.id} is no longer in Data/sample/enterprises.csv as copied", file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Money


def D(s) -> Decimal:
    return Decimal(str(s))


def fen(value: Decimal, unit: str) -> int:
    """Exact amount in 分, rounded half away from zero (the README's rule) when finer than 分."""
    x = value * FEN_PER[unit]
    r = x.quantize(Decimal(1), rounding=ROUND_HALF_UP)  # ROUND_HALF_UP is away from zero in Decimal
    return int(r)


def grouped(d: Decimal, places=2) -> str:
    return f"{d:,.{places}f}"


def plain(d: Decimal, places=2) -> str:
    return f"{d:.{places}f}"


def growth(cur: Decimal, prev: Decimal) -> Decimal:
    g = (cur / prev - 1) * 100
    # no value in these fixtures sits on a rounding tie, so any tie rule gives the same figure
    assert abs((g * 10) % 1 - Decimal("0.5")) > Decimal("0.001"), (cur, prev, g)
    return g.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------------------------------------
# The model: a file is a list of rows; each row has a kind and, for data rows, the fact it gives.

KINDS_SKIPPED = ["title", "unit", "blank", "total", "footer"]


@dataclass
class Fact:
    firm: Firm
    period_label: str
    period: str  # normalized: 2024Q1, or the last month of a cumulative value
    basis: str  # 当期 / 累计
    unit: str
    revenue: Decimal
    industry: Decimal | None = None
    note: str = ""

    def as_json(self, file, where):
        d = {
            "file": file,
            where[0]: where[1],
            "id": self.firm.id,
            "name": self.firm.name,
            "period_label": self.period_label,
            "period": self.period,
            "basis": self.basis,
            "unit_read": self.unit,
            "revenue_fen": fen(self.revenue, self.unit),
            "industry_revenue_fen": None if self.industry is None else fen(self.industry, self.unit),
        }
        if self.note:
            d["note"] = self.note
        return d


@dataclass
class Row:
    kind: str  # title unit header data blank total footer
    cells: list
    fact: Fact | None = None
    rejected: str | None = None  # reason, for a data row that must be rejected
    label: str = ""  # what the row is, for the .md


@dataclass
class FileSpec:
    name: str
    fmt: str  # csv / xlsx
    rows: list
    unit: str
    unit_from: str
    encoding: str | None = None
    line_ends: str | None = None
    sheet: str | None = None
    other_sheets: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


class Folder:
    def __init__(self, name: str, summary: str):
        self.name = name
        self.summary = summary
        self.files: list[FileSpec] = []
        self.diagnostics: list[dict] = []
        self.other_files: list[dict] = []  # files that are not tables (broken-files)
        self.checks: list[dict] = []  # totals, growth and prior-period cross-checks
        self.enterprises_file = "enterprises.csv"
        self.enterprise_rows: list[dict] = []
        self.notes: list[str] = []

    def diag(self, file, where, severity, kind, says, **kw):
        d = {"file": file}
        if where is not None:
            d[where[0]] = where[1]
        d.update({"severity": severity, "kind": kind, "says": says})
        d.update(kw)
        self.diagnostics.append(d)


# ---------------------------------------------------------------------------------------------
# Writers


def csv_field(v) -> str:
    if v is None:
        return ""
    s = str(v)
    if any(c in s for c in ',"\r\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def write_csv(path: Path, spec: FileSpec):
    eol = "\r\n" if spec.line_ends == "CRLF" else "\n"
    text = "".join(",".join(csv_field(c) for c in r.cells) + eol for r in spec.rows)
    enc = {"UTF-8": "utf-8", "GB18030": "gb18030"}[spec.encoding]
    path.write_bytes(text.encode(enc))


def write_enterprises(folder: Path, firms):
    text = ENTERPRISES_HEADER + "\n" + "".join(f.line + "\n" for f in firms)
    (folder / "enterprises.csv").write_bytes(text.encode("utf-8"))


class Inline(str):
    """A text cell to be written as an inline string (t="inlineStr") instead of a shared string."""


@dataclass
class Num:
    value: Decimal
    fmt: str = "#,##0.00"
    raw: float | None = None  # a float whose repr is not the decimal (binary noise), written as is

    def as_float(self):
        if self.raw is not None:
            return self.raw
        if self.value == self.value.to_integral_value():
            return int(self.value)
        f = float(self.value)
        assert Decimal(repr(f)) == self.value, (self.value, repr(f))
        return f


@dataclass
class DateCell:
    value: dt.date
    fmt: str = "yyyy-mm-dd"


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill_sheet(ws, rows, *, boxed_from=None, boxed_to=None, width=None, bold_rows=()):
    """Writes rows; cells of rows boxed_from..boxed_to (1-based) get borders across `width` columns."""
    inline, raw = {}, {}
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r.cells, start=1):
            if v is None:
                continue
            c = ws.cell(row=i, column=j)
            if isinstance(v, Inline):
                c.value = str(v)
                inline[c.coordinate] = str(v)
            elif isinstance(v, Num):
                c.value = v.as_float()
                c.number_format = v.fmt
                if v.raw is not None:  # openpyxl prints floats with 15-16 digits: put the 17 back
                    raw[c.coordinate] = repr(v.raw)
            elif isinstance(v, DateCell):
                c.value = dt.datetime.combine(v.value, dt.time())
                c.number_format = v.fmt
            else:
                c.value = v
            if i in bold_rows:
                c.font = Font(bold=True)
        if boxed_from and boxed_from <= i <= boxed_to:
            for j in range(1, width + 1):
                ws.cell(row=i, column=j).border = BOX  # an empty bordered cell stays in the XML
    return inline, raw


def new_workbook():
    wb = openpyxl.Workbook()
    wb.properties.creator = "区统计局"
    wb.properties.lastModifiedBy = "区统计局"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def save_workbook(wb, path: Path, keep_inline: dict[int, set] | None = None, raw_numbers: dict[int, dict] | None = None):
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(make_deterministic(buf.getvalue(), keep_inline or {}, raw_numbers or {}))


SST_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SST_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
INLINE_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*?) t="inlineStr"><is><t([^>]*)>(.*?)</t></is></c>', re.S)


def make_deterministic(data: bytes, keep_inline: dict[int, set], raw_numbers: dict[int, dict]) -> bytes:
    """Re-zips openpyxl's output the way Excel would have written it, deterministically.

    openpyxl 3.1 writes every text cell as an inline string; Excel writes a shared-string table. So
    every text cell becomes a shared string (one table for the workbook, in order of appearance),
    except the cells listed in keep_inline (sheet number -> cell refs), which stay t="inlineStr".
    raw_numbers (sheet number -> {cell ref: text}) puts back number texts openpyxl shortened.
    Entries are sorted, each with a fixed date; dcterms:created/modified are fixed."""
    src = zipfile.ZipFile(io.BytesIO(data))
    entries = {n: src.read(n) for n in src.namelist()}
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    core = entries["docProps/core.xml"]
    for tag in (rb"dcterms:modified", rb"dcterms:created"):
        core = re.sub(rb"(<" + tag + rb"[^>]*>)[^<]*(</" + tag + rb">)", rb"\g<1>" + stamp + rb"\g<2>", core)
    entries["docProps/core.xml"] = core
    sst, index, count = [], {}, 0
    sheets = sorted((int(m.group(1)), n) for n in entries
                    for m in [re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", n)] if m)
    for k, name in sheets:
        keep = set(keep_inline.get(k, ()))
        text = entries[name].decode("utf-8")

        def share(m):
            nonlocal count
            ref, attrs, tattrs, body = m.groups()
            if ref in keep:
                keep.discard(ref)
                return m.group(0)
            key = (tattrs, body)
            if key not in index:
                index[key] = len(sst)
                sst.append(key)
            count += 1
            return f'<c r="{ref}"{attrs} t="s"><v>{index[key]}</v></c>'

        text = INLINE_CELL.sub(share, text)
        for ref, num in raw_numbers.get(k, {}).items():
            text, n = re.subn(r'(<c r="%s"[^>]*? t="n"><v>)[^<]*(</v>)' % ref, r"\g<1>%s\g<2>" % num, text)
            assert n == 1, (name, ref)
        assert not keep, (name, keep)  # every cell to keep inline was found
        entries[name] = text.encode("utf-8")
    if sst:
        body = "".join(f"<si><t{a}>{b}</t></si>" for a, b in sst)
        entries["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="{SST_NS}" count="{count}" uniqueCount="{len(sst)}">{body}</sst>').encode("utf-8")
        ct = entries["[Content_Types].xml"].decode("utf-8")
        ct = ct.replace("</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_CT}" /></Types>')
        entries["[Content_Types].xml"] = ct.encode("utf-8")
        rels = entries["xl/_rels/workbook.xml.rels"].decode("utf-8")
        assert 'Id="rIdSst"' not in rels
        rels = rels.replace("</Relationships>",
                            f'<Relationship Type="{SST_REL}" Target="sharedStrings.xml" Id="rIdSst" /></Relationships>')
        entries["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    return zip_entries(entries)


def zip_entries(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(entries):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            dst.writestr(zi, entries[name], compresslevel=6)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Expectations


def where_key(spec: FileSpec):
    return "line" if spec.fmt == "csv" else "row"


def file_expectation(spec: FileSpec, header_rows: list[int]):
    kinds = [r.kind for r in spec.rows]
    skipped = {k: kinds.count(k) for k in KINDS_SKIPPED}
    data = [r for r in spec.rows if r.kind == "data"]
    rejected = [r for r in data if r.rejected]
    assert kinds.count("header") == len(header_rows)
    physical = len(spec.rows)
    assert physical == len(header_rows) + len(data) + sum(skipped.values())
    wk = where_key(spec)
    e = {
        "file": spec.name,
        "format": spec.fmt,
    }
    if spec.encoding:
        e["encoding"] = spec.encoding
    if spec.line_ends:
        e["line_ends"] = spec.line_ends
    if spec.sheet:
        e["sheet_read"] = spec.sheet
        e["sheets_ignored"] = spec.other_sheets
    e["header_" + wk + "s"] = header_rows
    e["unit"] = spec.unit
    e["unit_from"] = spec.unit_from
    e["rows"] = {
        "physical": physical,
        "header": len(header_rows),
        "read": len(data),
        "accepted": len(data) - len(rejected),
        "rejected": len(rejected),
        "skipped": skipped,
        "skipped_total": sum(skipped.values()),
        "rule": "physical = header + read + skipped_total; read = accepted + rejected",
    }
    e["layout"] = [
        {wk: i, "kind": r.kind, **({"what": r.label} if r.label else {}),
         **({"rejected": r.rejected} if r.rejected else {})}
        for i, r in enumerate(spec.rows, start=1)
    ]
    e.update(spec.extra)
    if spec.notes:
        e["notes"] = spec.notes
    return e


def facts_of(spec: FileSpec):
    wk = where_key(spec)
    return [r.fact.as_json(spec.name, (wk, i)) for i, r in enumerate(spec.rows, start=1)
            if r.kind == "data" and not r.rejected and r.fact is not None]


def write_expected(folder: Folder, path: Path, header_rows_by_file: dict[str, list[int]]):
    """Writes expected/<folder>.json and .md beside the dataset folders, not inside them: a dataset
    folder holds only what an office sent (the CLI warns about any other file it finds there)."""
    facts = []
    files = []
    for spec in folder.files:
        files.append(file_expectation(spec, header_rows_by_file[spec.name]))
        facts.extend(facts_of(spec))
    by_ent = {}
    for f in facts:
        key = f["id"]
        e = by_ent.setdefault(key, {"name": f["name"], "facts": []})
        e["facts"].append({k: f[k] for k in ("period", "basis", "revenue_fen", "industry_revenue_fen")})
    doc = {
        "fixture": folder.name,
        "summary": folder.summary,
        "money": "amounts are exact integers in 分 (1 万元 = 1,000,000 分; 1 元 = 100 分)",
        "enterprises_file": folder.enterprises_file,
        "enterprises": folder.enterprise_rows,
        "files": files,
        "other_files": folder.other_files,
        "accepted_facts": facts,
        "by_enterprise": by_ent,
        "checks": folder.checks,
        "diagnostics": folder.diagnostics,
        "notes": folder.notes,
    }
    (path / f"{folder.name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (path / f"{folder.name}.md").write_text(render_md(doc), encoding="utf-8")


def fmt_fen(x):
    return "—" if x is None else f"{x:,}"


def render_md(doc) -> str:
    out = [f"# {doc['fixture']} — expected reading", "", doc["summary"], "",
           f"Dataset: `{doc['fixture']}/`. Generated by `make_fixtures.py` with `{doc['fixture']}.json` beside "
           "this file (same content, machine-readable). "
           "Amounts in exact 分 (1 万元 = 1,000,000 分).", ""]
    if doc["enterprises"]:
        out += [f"## {doc['enterprises_file']}", "", "| row | id | name | founded | stored as |", "|---:|---|---|---|---|"]
        for e in doc["enterprises"]:
            out.append(f"| {e['row']} | {e['id']} | {e['name']} | {e['founded']} | {e['stored_as']} |")
        out.append("")
    for f in doc["files"]:
        wk = "line" if f["format"] == "csv" else "row"
        out += [f"## {f['file']}", ""]
        bits = [f"format {f['format']}"]
        if "encoding" in f:
            bits.append(f"encoding {f['encoding']}")
        if "line_ends" in f:
            bits.append(f"line ends {f['line_ends']}")
        if "sheet_read" in f:
            bits.append(f"sheet read: `{f['sheet_read']}`" + (f" (ignored: {', '.join('`'+s+'`' for s in f['sheets_ignored'])})" if f["sheets_ignored"] else ""))
        out.append("- " + "; ".join(bits))
        out.append(f"- header {wk}(s): {', '.join(str(x) for x in f['header_' + wk + 's'])}")
        out.append(f"- unit: **{f['unit']}** — {f['unit_from']}")
        r = f["rows"]
        sk = ", ".join(f"{k} {v}" for k, v in r["skipped"].items() if v)
        out.append(f"- {wk}s: physical {r['physical']} = header {r['header']} + read {r['read']} "
                   f"(accepted {r['accepted']}, rejected {r['rejected']}) + skipped {r['skipped_total']}"
                   + (f" ({sk})" if sk else ""))
        for k, v in f.items():
            if k in ("period_from_title", "period_column", "columns"):
                out.append(f"- {k.replace('_', ' ')}: {v}")
        for n in f.get("notes", []):
            out.append(f"- {n}")
        out += ["", f"| {wk} | kind | what |", "|---:|---|---|"]
        for x in f["layout"]:
            what = x.get("what", "")
            if "rejected" in x:
                what += f" — **rejected**: {x['rejected']}"
            out.append(f"| {x[wk]} | {x['kind']} | {what} |")
        out.append("")
    if doc["other_files"]:
        out += ["## Other files", "", "| file | what it is | expected |", "|---|---|---|"]
        for o in doc["other_files"]:
            out.append(f"| `{o['file']}` | {o['what']} | {o['severity']}: {o['says']} |")
        out.append("")
    out += ["## Accepted facts", "", "| file | at | id | name | period | basis | unit read | 营业收入 分 | 产业收入 分 |",
            "|---|---:|---|---|---|---|---|---:|---:|"]
    for f in doc["accepted_facts"]:
        at = f.get("line", f.get("row"))
        out.append(f"| {f['file']} | {at} | {f['id']} | {f['name']} | {f['period_label']} → {f['period']} | "
                   f"{f['basis']} | {f['unit_read']} | {fmt_fen(f['revenue_fen'])} | {fmt_fen(f['industry_revenue_fen'])} |")
        if f.get("note"):
            out.append(f"|  |  |  | ↳ {f['note']} |  |  |  |  |  |")
    out.append("")
    if doc["checks"]:
        out += ["## Checks", ""]
        for c in doc["checks"]:
            out.append("- " + c["what"])
        out.append("")
    out += ["## Diagnostics", ""]
    if not doc["diagnostics"]:
        out.append("None: the reader must not warn on this folder.")
    for d in doc["diagnostics"]:
        at = d.get("line", d.get("row"))
        loc = d["file"] + (f":{at}" if at is not None else "")
        out.append(f"- `{loc}` **{d['severity']}** `{d['kind']}` — {d['says']}")
    out.append("")
    if doc["notes"]:
        out += ["## Notes", ""] + ["- " + n for n in doc["notes"]] + [""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Shared pieces

HEADER_WAN = ["统一社会信用代码", "企业名称", "统计期", "口径", "营业收入（万元）", "产业收入（万元）"]
HEADER_BARE = ["统一社会信用代码", "企业名称", "统计期", "口径", "营业收入", "产业收入"]
TITLE_Q1 = "2024年一季度网络安全企业营业收入统计表"
FOOTER1 = "填报人：张三    联系电话：021-12345678"
FOOTER2 = "填报日期：2024年4月15日"


def q1_fact(firm, rev, ind, unit="万元", label="2024年一季度", note=""):
    return Fact(firm, label, "2024Q1", "当期", unit, D(rev), None if ind is None else D(ind), note)


def prev_file(name, firms, label="2023年一季度", basis="当期", period="2023Q1", overrides=None,
              with_industry=None):
    """A clean UTF-8 CSV of previous-period values in 万元 (the sample's 2023年一季度 figures)."""
    overrides = overrides or {}
    with_industry = with_industry or {}
    rows = [Row("header", ["统一社会信用代码", "企业名称", "统计期", "口径", "营业收入（万元）", "产业收入（万元）"],
                label="header")]
    for f in firms:
        v = overrides.get(f.id, f.prev)
        ind = with_industry.get(f.id)
        rows.append(Row("data", [f.id, f.name, label, basis, grouped(v) if v >= 1000 else plain(v),
                                 None if ind is None else plain(ind)],
                        Fact(f, label, period, basis, "万元", v, ind), label=f.name))
    return FileSpec(name, "csv", rows, "万元", "header 营业收入（万元）", encoding="UTF-8", line_ends="LF")


def xlsx_serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


# ---------------------------------------------------------------------------------------------
# a. clean-xlsx


def fixture_clean_xlsx(root: Path) -> Folder:
    F = FIRMS[0:6]
    fo = Folder("clean-xlsx", "A plain workbook: header in row 1 with units, numbers stored as numbers, "
                "one amount stored as text `12,345.67`, one id stored as an inline string, a second "
                "sheet `说明` of notes that is not read, and one amount holding binary-float noise.")
    folder = root / fo.name
    write_enterprises(folder, F)
    noisy = 1234.57 + 1111.12  # 2345.6899999999996: what a formula pasted as value leaves
    assert repr(noisy) == "2345.6899999999996"
    rows = [Row("header", HEADER_WAN, label="header (units in the header)")]
    spec_rows = [
        (F[0], Num(D("2101.37")), None, "2024年一季度", ""),
        (F[1], "12,345.67", Num(D("9876.5")), "2024年一季度", "营业收入 is a text cell `12,345.67` (shared string)"),
        (F[2], Num(D("312.06")), Num(D("300"), "0"), "2024年一季度", "产业收入 is the integer 300"),
        (F[3], Num(D("186.4")), None, "2024年一季度", "the id cell is an inline string (t=\"inlineStr\")"),
        (F[4], Num(D("2345.69"), raw=noisy), Num(D("1200.25")), "2024年一季度",
         "营业收入 XML text is 2345.6899999999996 (binary noise): 2345.69 万元 exactly, by rounding to whole 分"),
        (F[5], Num(D("455.1")), Num(D("0.5")), "2024Q1", "period written 2024Q1"),
    ]
    for firm, rev, ind, label, note in spec_rows:
        rev_d = rev.value if isinstance(rev, Num) else D(rev.replace(",", ""))
        ind_d = None if ind is None else ind.value
        id_cell = Inline(firm.id) if firm is F[3] else firm.id
        rows.append(Row("data", [id_cell, firm.name, label, "当期", rev, ind],
                        q1_fact(firm, rev_d, ind_d, label=label, note=note), label=firm.name + (f" ({note})" if note else "")))
    spec = FileSpec("revenue.xlsx", "xlsx", rows, "万元", "header 营业收入（万元） / 产业收入（万元）",
                    sheet="营业收入", other_sheets=["说明"])
    wb = new_workbook()
    ws = wb.active
    ws.title = "营业收入"
    inline, raw = fill_sheet(ws, rows, bold_rows=(1,))
    for col, w in zip("ABCDEF", (22, 30, 14, 8, 18, 18)):
        ws.column_dimensions[col].width = w
    notes = wb.create_sheet("说明")
    for i, t in enumerate(["填报说明", "1. 金额单位为万元，保留两位小数。", "2. 统计期填写如“2024年一季度”。",
                           "3. 口径：当期。", "示例", 12345.67], start=1):
        notes.cell(row=i, column=1, value=t)
    save_workbook(wb, folder / spec.name, {1: set(inline)}, {1: raw})
    fo.files.append(spec)
    # noise check: the sheet really holds these texts
    assert_sheet_xml(folder / spec.name, 1, ['<v>2345.6899999999996</v>', 't="inlineStr"><is><t>%s</t>' % F[3].id,
                                             '<v>2101.37</v>', '<v>300</v>'])
    fo.notes += [
        "The workbook's first sheet is read; `说明` (notes, including a stray number 12345.67) is not.",
        "Amounts in number cells are the XML text as an exact decimal (2101.37 → 2,101,370,000 分), never via a "
        "binary double printed with fewer digits. 2345.6899999999996 万元 = 2,345,689,999.9999996 分 → 2,345,690,000 "
        "分 (whole 分, half away from zero). The README's rounding warning may or may not be given for such noise "
        "beyond Excel's 15 significant digits; the amount must be 2,345,690,000 either way.",
    ]
    return fo


def assert_sheet_xml(path: Path, n: int, needles):
    with zipfile.ZipFile(path) as z:
        text = z.read(f"xl/worksheets/sheet{n}.xml").decode("utf-8")
    for s in needles:
        assert s in text, (path, s)


# ---------------------------------------------------------------------------------------------
# b. title-rows-csv and c. title-rows-xlsx


def titled_rows(firms, values, blank_after, blank_cells, title_cells, unit_cells, footer_pad, total_offset=Decimal(0),
                total_fmt=grouped, cell=lambda d: grouped(d) if d >= 1000 else plain(d)):
    rows = [Row("title", title_cells, label=TITLE_Q1),
            Row("unit", unit_cells, label="单位：万元"),
            Row("header", HEADER_BARE, label="header (no units)")]
    total_rev = Decimal(0)
    total_ind = Decimal(0)
    for i, (f, (rev, ind)) in enumerate(zip(firms, values)):
        rows.append(Row("data", [f.id, f.name, "2024年一季度", "当期", cell(D(rev)), "-" if ind is None else cell(D(ind))],
                        q1_fact(f, rev, ind, note="" if ind is not None else "产业收入 `-` = no data"),
                        label=f.name))
        total_rev += D(rev)
        total_ind += D(ind) if ind is not None else 0
        if i + 1 == blank_after:
            rows.append(Row("blank", blank_cells, label="blank"))
    rows.append(Row("total", ["合计", None, None, None, total_fmt(total_rev + total_offset), total_fmt(total_ind)],
                    label=f"合计 营业收入 {grouped(total_rev + total_offset)} 产业收入 {grouped(total_ind)}"))
    rows.append(Row("footer", [FOOTER1] + footer_pad, label=FOOTER1))
    rows.append(Row("footer", [FOOTER2] + footer_pad, label=FOOTER2))
    return rows, total_rev, total_ind


def fixture_title_rows_csv(root: Path) -> Folder:
    F = FIRMS[6:13]
    fo = Folder("title-rows-csv", "A return as offices type it and save as CSV (GB18030, CRLF): a title line, "
                "`单位：万元`, a Chinese header without units, a blank line among the data, a correct `合计` "
                "row and two footer lines (填报人 / 填报日期).")
    folder = root / fo.name
    write_enterprises(folder, F)
    values = [("126.35", None), ("1452.08", "1100.00"), ("108.77", "40.12"), ("2275.6", None),
              ("550.04", "550.04"), ("173.9", "12.5"), ("103.3", None)]
    rows, tr, ti = titled_rows(F, values, blank_after=4, blank_cells=[], title_cells=[TITLE_Q1],
                               unit_cells=["单位：万元"], footer_pad=[])
    spec = FileSpec("revenue.csv", "csv", rows, "万元", "line 2 `单位：万元` (a unit line above the header)",
                    encoding="GB18030", line_ends="CRLF",
                    notes=["title, unit and footer lines are single fields (no trailing commas); the blank "
                           "line 8 is empty (CRLF only)",
                           "amounts of 1,000 and more are quoted with thousands separators (\"1,452.08\")"])
    write_csv(folder / spec.name, spec)
    fo.files.append(spec)
    tl = len(rows) - 2
    fo.checks.append({"file": spec.name, "line": tl, "kind": "total", "column": "营业收入",
                      "stated_fen": fen(tr, "万元"), "computed_fen": fen(tr, "万元"), "matches": True,
                      "what": f"line {tl} 合计 营业收入 {grouped(tr)} 万元 = sum of the 7 data lines; "
                              f"产业收入 {grouped(ti)} = sum of the 5 given (`-` is no data)"})
    fo.checks.append({"file": spec.name, "line": tl, "kind": "total", "column": "产业收入",
                      "stated_fen": fen(ti, "万元"), "computed_fen": fen(ti, "万元"), "matches": True,
                      "what": "(产业收入 total as above)"})
    fo.notes.append("The 合计 line is not a row of data: it is neither accepted nor rejected, and is not an "
                    "enterprise (its id cell holds 合计).")
    return fo


def fixture_title_rows_xlsx(root: Path) -> Folder:
    F = FIRMS[0:6]
    fo = Folder("title-rows-xlsx", "The title-rows shape in a workbook: the title merged across A1:F1, "
                "`单位：万元` in A2, header in row 3, a blank (bordered, valueless) row 7, and a `合计` row "
                "whose 营业收入 is WRONG by 1.00 万元; footer rows under the table.")
    folder = root / fo.name
    write_enterprises(folder, F)
    values = [("2101.37", "1500"), ("266.9", None), ("301.45", "120.3"), ("180.02", None), ("425.6", "425.6"),
              ("433.18", "17.85")]
    num = lambda d: Num(d, "#,##0.00")
    rows, tr, ti = titled_rows(F, values, blank_after=3, blank_cells=[], title_cells=[TITLE_Q1],
                               unit_cells=["单位：万元"], footer_pad=[], total_offset=Decimal("1.00"),
                               total_fmt=num, cell=num)
    for r in rows:  # `-` has no place in a workbook: an empty cell is no data
        if r.kind == "data" and r.cells[5] == "-":
            r.cells[5] = None
            r.fact.note = "产业收入 cell empty = no data"
    spec = FileSpec("revenue.xlsx", "xlsx", rows, "万元", "row 2 `单位：万元`", sheet="Sheet1", other_sheets=[],
                    notes=["row 1 is a merged title A1:F1; row 7 exists in the XML with bordered empty cells "
                           "and no values"])
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet1"
    fill_sheet(ws, rows, boxed_from=3, boxed_to=len(rows) - 2, width=6, bold_rows=(1, 3))
    ws.merge_cells("A1:F1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A1"].font = Font(bold=True, size=14)
    save_workbook(wb, folder / spec.name)
    assert_sheet_xml(folder / spec.name, 1, ['<mergeCell ref="A1:F1"', '<row r="7"'])
    fo.files.append(spec)
    tl = len(rows) - 2
    stated = tr + Decimal("1.00")
    fo.checks.append({"file": spec.name, "row": tl, "kind": "total", "column": "营业收入",
                      "stated_fen": fen(stated, "万元"), "computed_fen": fen(tr, "万元"), "matches": False,
                      "what": f"row {tl} 合计 营业收入 states {grouped(stated)} 万元, the 6 data rows sum to "
                              f"{grouped(tr)} 万元 (difference 1.00 万元 = 1,000,000 分); 产业收入 "
                              f"{grouped(ti)} matches"})
    fo.checks.append({"file": spec.name, "row": tl, "kind": "total", "column": "产业收入",
                      "stated_fen": fen(ti, "万元"), "computed_fen": fen(ti, "万元"), "matches": True,
                      "what": "(产业收入 total as above)"})
    fo.diag(spec.name, ("row", tl), "warning", "total_mismatch",
            f"合计行 营业收入 {grouped(stated)} 万元 与明细合计 {grouped(tr)} 万元 不符（相差 1.00 万元）",
            stated_fen=fen(stated, "万元"), computed_fen=fen(tr, "万元"))
    fo.notes.append("The data rows are accepted as they are: a wrong 合计 is a warning that names both figures, "
                    "not a reason to reject anything.")
    return fo


# ---------------------------------------------------------------------------------------------
# d. unit-row


def fixture_unit_row(root: Path) -> Folder:
    F = FIRMS[8:14]
    fo = Folder("unit-row", "Header on line 1 and a unit row under it (`,,,,（万元）,（万元）`) that sets the "
                "columns' unit; a second file of the next quarter whose unit row says `（元）` shows the unit "
                "row really decides (values there are in 元).")
    folder = root / fo.name
    write_enterprises(folder, F)
    q1 = [("365.2", None), ("540.18", "212.07"), ("1050.66", "1000.01"), ("430.55", None), ("101.9", "101.9"),
          ("170.33", "9.99")]
    rows = [Row("header", HEADER_BARE, label="header (no units)"),
            Row("unit", [None, None, None, None, "（万元）", "（万元）"], label="unit row ,,,,（万元）,（万元）")]
    for f, (rev, ind) in zip(F, q1):
        rows.append(Row("data", [f.id, f.name, "2024年一季度", "当期", rev, ind], q1_fact(f, rev, ind), label=f.name))
    s1 = FileSpec("revenue.csv", "csv", rows, "万元", "line 2, the unit row `（万元）` under 营业收入 and 产业收入",
                  encoding="UTF-8", line_ends="LF")
    write_csv(folder / s1.name, s1)
    q2 = [("3801200.00", None), ("5566000.5", "2200000"), ("10899999.99", "10000000.00"), ("4420000", None),
          ("1050000.00", "1050000.00"), ("1766600.00", "98765.43")]
    rows2 = [Row("header", HEADER_BARE, label="header (no units)"),
             Row("unit", [None, None, None, None, "（元）", "（元）"], label="unit row ,,,,（元）,（元）")]
    for f, (rev, ind) in zip(F, q2):
        rows2.append(Row("data", [f.id, f.name, "2024年二季度", "当期", rev, ind],
                         Fact(f, "2024年二季度", "2024Q2", "当期", "元", D(rev), None if ind is None else D(ind)),
                         label=f.name))
    s2 = FileSpec("revenue_q2.csv", "csv", rows2, "元", "line 2, the unit row `（元）`: values are 元",
                  encoding="UTF-8", line_ends="LF")
    write_csv(folder / s2.name, s2)
    fo.files += [s1, s2]
    fo.notes.append("A reader that ignores the unit row would read revenue_q2.csv as 万元: 10,000 times too much "
                    "and a jump from Q1. Read correctly, Q2 is 0.9–1.1 times Q1 and nothing is warned.")
    return fo


# ---------------------------------------------------------------------------------------------
# e. yuan-bare-header and f. yuan-note-line


def fixture_yuan_bare_header(root: Path) -> Folder:
    F = FIRMS[0:6]
    fo = Folder("yuan-bare-header", "An office filled 营业收入 in 元 under a bare header (no unit anywhere). "
                "The reader cannot know: it reads 万元 (the default) and says so on the header; the previous "
                "period (revenue_2023.csv, 万元) shows every firm up about 10,000 times: a warning per firm "
                "(疑似以元填报) and an error on the file.")
    folder = root / fo.name
    write_enterprises(folder, F)
    yuan = ["21013700.00", "2882196.00", "3058344.00", "1837330.00", "4302478.50", "123456789.00"]
    rows = [Row("header", ["统一社会信用代码", "企业名称", "统计期", "口径", "营业收入"], label="header 营业收入 (no unit)")]
    for f, v in zip(F, yuan):
        rows.append(Row("data", [f.id, f.name, "2024年一季度", "当期", v],
                        Fact(f, "2024年一季度", "2024Q1", "当期", "万元", D(v), None,
                             note=f"read as 万元 (really {v} 元 = {grouped(D(v) / 10000, 4)} 万元)"),
                        label=f.name))
    s = FileSpec("revenue.csv", "csv", rows, "万元", "default: no unit in header, cells, a note line or a unit row",
                 encoding="UTF-8", line_ends="LF")
    write_csv(folder / s.name, s)
    prev = prev_file("revenue_2023.csv", F[:5])  # the sixth firm has no 2023 figure
    write_csv(folder / prev.name, prev)
    fo.files += [s, prev]
    fo.diag(s.name, ("line", 1), "warning", "unit_assumed",
            "营业收入 列未注明单位（表头、单元格、单位行或说明行均无），按万元读取")
    jumps = []
    for i, (f, v) in enumerate(zip(F, yuan)):
        if i >= 5:
            continue
        ratio = D(v) / f.prev
        jumps.append(ratio)
        assert Decimal(5000) < ratio < Decimal(20000)
        fo.diag(s.name, ("line", i + 2), "warning", "suspected_yuan",
                f"{f.name} 2024年一季度 营业收入 {grouped(D(v))} 万元，是 2023年一季度 {grouped(f.prev)} 万元的 "
                f"{ratio:,.0f} 倍：疑似以元填报（按元应为 {grouped(D(v) / 10000, 4)} 万元）",
                id=f.id, value_fen=fen(D(v), "万元"), previous_fen=fen(f.prev, "万元"),
                ratio=float(ratio.quantize(Decimal("0.1"))))
        fo.checks.append({"file": s.name, "line": i + 2, "kind": "jump", "id": f.id,
                          "current_as_read_fen": fen(D(v), "万元"), "previous_fen": fen(f.prev, "万元"),
                          "ratio": float(ratio.quantize(Decimal("0.1"))),
                          "what": f"line {i + 2} {f.id}: {v} (as 万元) / 2023Q1 {f.prev} 万元 = ×{ratio:,.1f}"})
    fo.diag(s.name, None, "error", "file_suspected_yuan",
            "revenue.csv：可比的 5 家企业 5 家较上年同期增长约 1 万倍（" + f"{min(jumps):,.0f}–{max(jumps):,.0f} 倍"
            + "），整表疑似以元填报，请核实单位后重报（表头写明“营业收入（元）”或加“金额单位：元”）",
            firms_compared=5, firms_jumping=5)
    fo.notes += [
        f"{F[5].name} has no 2023 figure, so no per-firm warning for it; the file-level error still holds "
        "(5 of 5 comparable firms).",
        "The rows are accepted as read (they are well-formed); the error is on the file and must make "
        "`check` fail. A reader that re-scales by itself is wrong: the unit is a question for the office.",
        "Ratios are the value as read over the same quarter a year earlier; real year-on-year ratios are "
        "0.5–3, a 元/万元 mix-up gives 5,000–20,000.",
    ]
    return fo


def fixture_yuan_note_line(root: Path) -> Folder:
    F = FIRMS[6:12]
    fo = Folder("yuan-note-line", "A note line `金额单位：元` above the header: every amount is 元 and converts "
                "exactly to 分 (×100); the previous period in 万元 (revenue_2023.csv) is consistent with it, "
                "so there is no jump and no warning.")
    folder = root / fo.name
    write_enterprises(folder, F)
    vals = [("1281000.00", None), ("3021456.78", "2000000"), ("123456789.00", "123456789.00"),
            ("5176883.00", None), ("4700000.5", "1250000.25"), ("5480800", "0.01")]
    rows = [Row("unit", ["金额单位：元"], label="note line 金额单位：元"),
            Row("header", HEADER_BARE, label="header (no units)")]
    for f, (rev, ind) in zip(F, vals):
        cells = [f.id, f.name, "2024年一季度", "当期",
                 grouped(D(rev)) if "." in rev and D(rev) >= 1000 and rev != "123456789.00" else rev, ind]
        rows.append(Row("data", cells, Fact(f, "2024年一季度", "2024Q1", "当期", "元", D(rev),
                                            None if ind is None else D(ind)), label=f.name))
    s = FileSpec("revenue.csv", "csv", rows, "元", "line 1 note `金额单位：元`", encoding="UTF-8", line_ends="LF")
    write_csv(folder / s.name, s)
    prev = prev_file("revenue_2023.csv", F)
    write_csv(folder / prev.name, prev)
    fo.files += [s, prev]
    fo.notes += [
        "123456789.00 元 = 12,345,678,900 分; 3,021,456.78 元 = 302,145,678 分; 0.01 元 = 1 分.",
        "Read as 元, each firm is 0.9–1.3 times its 2023年一季度 figure: no jump warning. Read as 万元 "
        "(the note line missed) they would be about 10,000 times: the yuan-bare-header diagnostics.",
    ]
    return fo


# ---------------------------------------------------------------------------------------------
# g. two-row-header-xlsx


TITLE_YTD = "2024年1-3月软件和信息技术服务业企业主要指标"


def two_row_header_sheet(firms, cur, prev_in_return, wrong_growth=None):
    """rows for the statistical return; cur/prev_in_return: id -> (rev, ind|None)."""
    rows = [Row("title", [TITLE_YTD], label=TITLE_YTD + " (merged A1:H1)"),
            Row("unit", ["单位：万元"], label="单位：万元"),
            Row("header", ["统一社会信用代码", "企业名称", "营业收入", None, None, "产业收入", None, None],
                label="header row 1 of 2: A3:A4, B3:B4 merged; C3:E3 营业收入, F3:H3 产业收入 merged"),
            Row("header", [None, None, "本期累计", "上年同期", "增长%", "本期累计", "上年同期", "增长%"],
                label="header row 2 of 2")]
    checks, diags = [], []
    for f in firms:
        (r, i), (pr, pi) = cur[f.id], prev_in_return[f.id]
        g_r = growth(r, pr)
        stated_r = g_r
        note = ""
        if wrong_growth and f.id == wrong_growth[0]:
            stated_r = wrong_growth[1]
            note = f"增长% stated {stated_r}, computed {g_r}"
        g_i = growth(i, pi) if i is not None else None
        cells = [f.id, f.name, Num(r), Num(pr), Num(stated_r, "0.0"),
                 Num(i) if i is not None else None, Num(pi) if pi is not None else None,
                 Num(g_i, "0.0") if g_i is not None else None]
        row = Row("data", cells, Fact(f, "2024年1-3月", "2024-03", "累计", "万元", r, i, note=note), label=f.name)
        rows.append(row)
        checks.append((len(rows), f, r, pr, g_r, stated_r, i, pi, g_i))
    return rows, checks


def write_two_row_header(path: Path, rows):
    wb = new_workbook()
    ws = wb.active
    ws.title = "主要指标"
    fill_sheet(ws, rows, boxed_from=3, boxed_to=len(rows), width=8, bold_rows=(1, 3, 4))
    for rng in ("A1:H1", "A3:A4", "B3:B4", "C3:E3", "F3:H3"):
        ws.merge_cells(rng)
    for ref in ("A1", "A3", "B3", "C3", "F3"):
        ws[ref].alignment = Alignment(horizontal="center", vertical="center")
    ws["A2"].alignment = Alignment(horizontal="left")
    save_workbook(wb, path)
    assert_sheet_xml(path, 1, ['<mergeCell ref="C3:E3"', '<mergeCell ref="A3:A4"'])


def fixture_two_row_header(root: Path) -> Folder:
    F = FIRMS[0:6]
    fo = Folder("two-row-header-xlsx", "The standard statistical return (主要指标表): title with the period in "
                "row 1, `单位：万元` in row 2, a two-row header (rows 3–4, merged group cells 营业收入 / 产业收入 "
                "over 本期累计 / 上年同期 / 增长%), no period column. One 增长% is wrong; one 上年同期 differs "
                "from revenue_2023.csv (a revision candidate).")
    folder = root / fo.name
    write_enterprises(folder, F)
    cur = {F[0].id: (D("2101.37"), D("1500")), F[1].id: (D("290.45"), None), F[2].id: (D("301.46"), D("120.3")),
           F[3].id: (D("180.9"), None), F[4].id: (D("425.63"), D("310.08")), F[5].id: (D("433.17"), None)}
    ind_prev = {F[0].id: D("1388.5"), F[2].id: D("118.05"), F[4].id: D("296.4")}
    revised = F[2]  # the return's 上年同期 for this firm differs from the 2023 file
    prev_in_return = {f.id: (D("285.02") if f is revised else f.prev, ind_prev.get(f.id)) for f in F}
    wrong = (F[3].id, D("25.0"))
    rows, checks = two_row_header_sheet(F, cur, prev_in_return, wrong_growth=wrong)
    s = FileSpec("revenue.xlsx", "xlsx", rows, "万元", "row 2 `单位：万元`", sheet="主要指标", other_sheets=[],
                 extra={"period_from_title": "row 1 `2024年1-3月…`: 2024年1-3月, 累计 (no period column)",
                        "columns": "A id, B name, C 营业收入 本期累计 (the fact), D 营业收入 上年同期, E 增长%, "
                                   "F 产业收入 本期累计 (the fact), G 产业收入 上年同期, H 增长%"})
    write_two_row_header(folder / s.name, rows)
    prev = prev_file("revenue_2023.csv", F, label="2023年1-3月", basis="累计", period="2023-03",
                     with_industry=ind_prev)
    write_csv(folder / prev.name, prev)
    fo.files += [s, prev]
    for (rowno, f, r, pr, g_r, stated_r, i, pi, g_i) in checks:
        ok = stated_r == g_r
        fo.checks.append({"file": s.name, "row": rowno, "kind": "growth", "column": "营业收入 增长%", "id": f.id,
                          "stated": float(stated_r), "computed": float(g_r), "matches": ok,
                          "what": f"row {rowno} {f.name}: 营业收入 增长% round(({r}/{pr}−1)×100, 1) = {g_r}"
                                  + ("" if ok else f", stated **{stated_r}**")})
        if i is not None:
            fo.checks.append({"file": s.name, "row": rowno, "kind": "growth", "column": "产业收入 增长%", "id": f.id,
                              "stated": float(g_i), "computed": float(g_i), "matches": True,
                              "what": f"row {rowno} {f.name}: 产业收入 增长% round(({i}/{pi}−1)×100, 1) = {g_i}"})
        if not ok:
            fo.diag(s.name, ("row", rowno), "warning", "growth_mismatch",
                    f"{f.name} 营业收入 增长% 填报 {stated_r}，按本期累计 {grouped(r)} 与上年同期 {grouped(pr)} 计算应为 {g_r}",
                    id=f.id, stated=float(stated_r), computed=float(g_r))
        if pr != f.prev:
            fo.checks.append({"file": s.name, "row": rowno, "kind": "prior_period", "id": f.id,
                              "in_return_fen": fen(pr, "万元"), "in_revenue_2023_fen": fen(f.prev, "万元"),
                              "matches": False,
                              "what": f"row {rowno} {f.name}: 上年同期 {pr} vs revenue_2023.csv 2023年1-3月 {f.prev}"})
            fo.diag(s.name, ("row", rowno), "warning", "prior_period_differs",
                    f"{f.name} 上年同期 营业收入 {grouped(pr)} 万元 与 revenue_2023.csv 2023年1-3月 {grouped(f.prev)} 万元 "
                    f"不符（相差 {grouped(pr - f.prev)} 万元）：疑似数据修订，请核实",
                    id=f.id, in_return_fen=fen(pr, "万元"), on_file_fen=fen(f.prev, "万元"))
    fo.checks.append({"file": s.name, "kind": "prior_period",
                      "what": "every other 上年同期 (营业收入 and 产业收入) equals revenue_2023.csv's 2023年1-3月 累计"})
    fo.notes += [
        "Only 本期累计 gives facts (2024年1-3月 累计, i.e. 2024-03 cumulative). 上年同期 and 增长% are checks, "
        "not facts: reading 上年同期 as 2023年1-3月 facts would duplicate revenue_2023.csv.",
        "增长% = round((本期/上年同期 − 1) × 100, 1); none of the figures sits on a rounding tie. Empty 产业收入 "
        "cells (with empty 上年同期 and 增长%) are no data.",
    ]
    return fo


# ---------------------------------------------------------------------------------------------
# h. dates-and-serials-xlsx


def fixture_dates(root: Path) -> Folder:
    F = FIRMS[10:16]
    fo = Folder("dates-and-serials-xlsx", "The enterprises table as a workbook (enterprises.xlsx, Chinese headers): "
                "成立日期 stored as real Excel dates (serial numbers with a date format), one in a Chinese date "
                "format, one typed as text `2019-03-01`.")
    folder = root / fo.name
    fo.enterprises_file = "enterprises.xlsx"
    header = ["统一社会信用代码", "企业名称", "所属区", "细分领域", "企业标签", "成立日期"]
    rows = [Row("header", header)]
    text_firm = F[3]
    for f in F:
        x = f.fields
        founded = dt.date.fromisoformat(x[6])
        if f is text_firm:
            cell, stored, founded_s = "2019-03-01", "text `2019-03-01`", "2019-03-01"
        elif f is F[1]:
            cell = DateCell(founded, 'yyyy"年"m"月"d"日"')
            stored, founded_s = f"serial {xlsx_serial(founded)}, format yyyy\"年\"m\"月\"d\"日\"", x[6]
        else:
            cell = DateCell(founded)
            stored, founded_s = f"serial {xlsx_serial(founded)}, format yyyy-mm-dd", x[6]
        rows.append(Row("data", [x[0], x[1], x[2], x[4], x[5] or None, cell]))
        fo.enterprise_rows.append({"row": len(rows), "id": x[0], "name": x[1], "district": x[2], "segment": x[4],
                                   "tags": x[5], "founded": founded_s, "stored_as": stored})
    wb = new_workbook()
    ws = wb.active
    ws.title = "企业名录"
    fill_sheet(ws, rows, bold_rows=(1,))
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["F"].width = 14
    save_workbook(wb, folder / "enterprises.xlsx")
    serials = [f"<v>{xlsx_serial(dt.date.fromisoformat(f.fields[6]))}</v>" for f in F if f is not text_firm]
    assert_sheet_xml(folder / "enterprises.xlsx", 1, serials)
    vals = [("1020.5", "990"), ("417.43", None), ("101.01", None), ("160.2", "88.8"), ("3300.33", "3000"),
            ("1800", None)]
    rrows = [Row("header", HEADER_WAN, label="header")]
    for f, (rev, ind) in zip(F, vals):
        rrows.append(Row("data", [f.id, f.name, "2024年一季度", "当期", rev, ind], q1_fact(f, rev, ind), label=f.name))
    s = FileSpec("revenue.csv", "csv", rrows, "万元", "header 营业收入（万元）", encoding="UTF-8", line_ends="LF")
    write_csv(folder / s.name, s)
    fo.files.append(s)
    fo.notes += [
        "enterprises.xlsx: 6 rows read, 6 accepted, header row 1; the id and name are shared strings.",
        f"Excel serials count days from 1899-12-30 (1900 date system; workbook.xml has no date1904): "
        f"{xlsx_serial(dt.date(2014, 1, 12))} = 2014-01-12. A serial must not be read as a number of days "
        "since 1970 nor rejected as `not a date`.",
        f"{text_firm.name}: 成立日期 is the text `2019-03-01` (the sample says {text_firm.fields[6]}; changed "
        "here on purpose so the text date is a different day from the serial ones).",
        "`企业标签` cells that are empty in the sample are absent from the sheet.",
    ]
    return fo


# ---------------------------------------------------------------------------------------------
# i. broken-files

OLE2_SIG = bytes.fromhex("D0CF11E0A1B11AE1")


def encrypted_ole2() -> bytes:
    """A minimal valid compound file (CFB v3) whose directory holds the two streams of an Office
    encrypted package, EncryptionInfo and EncryptedPackage (both empty): what a password-protected
    .xlsx is on disk (an OLE2 container, not a zip)."""
    ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    hdr = bytearray(512)
    hdr[0:8] = OLE2_SIG
    struct.pack_into("<HHHHH", hdr, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<I", hdr, 40, 0)  # directory sectors (0 in v3)
    struct.pack_into("<I", hdr, 44, 1)  # FAT sectors
    struct.pack_into("<I", hdr, 48, 1)  # first directory sector
    struct.pack_into("<I", hdr, 56, 4096)  # mini stream cutoff
    struct.pack_into("<IIII", hdr, 60, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    struct.pack_into("<I", hdr, 76, 0)  # DIFAT[0]: the FAT is sector 0
    for k in range(1, 109):
        struct.pack_into("<I", hdr, 76 + 4 * k, FREESECT)
    fat = bytearray(struct.pack("<I", FREESECT) * 128)
    struct.pack_into("<II", fat, 0, FATSECT, ENDOFCHAIN)

    def entry(name, typ, left, right, child, start, size):
        e = bytearray(128)
        if name:
            n = name.encode("utf-16-le") + b"\0\0"
            e[0:len(n)] = n
            struct.pack_into("<H", e, 64, len(n))
        e[66] = typ
        e[67] = 1 if typ else 0
        struct.pack_into("<III", e, 68, left, right, child)
        struct.pack_into("<IQ", e, 116, start, size)
        return e

    d = (entry("Root Entry", 5, NOSTREAM, NOSTREAM, 1, ENDOFCHAIN, 0)
         + entry("EncryptionInfo", 2, NOSTREAM, 2, NOSTREAM, ENDOFCHAIN, 0)
         + entry("EncryptedPackage", 2, NOSTREAM, NOSTREAM, NOSTREAM, ENDOFCHAIN, 0)
         + entry("", 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0))
    return bytes(hdr + fat + d)


def tiny_docx() -> bytes:
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>关于2024年一季度营业收入报表的说明</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>本季度营业收入单位为万元，上海瀚信密码技术有限公司数据待补报。</w:t></w:r></w:p>'
           '</w:body></w:document>')
    return zip_entries({"[Content_Types].xml": ct.encode(), "_rels/.rels": rels.encode(),
                        "word/document.xml": doc.encode()})


def fixture_broken(root: Path, clean_xlsx: Path) -> Folder:
    F = FIRMS[0:5]
    fo = Folder("broken-files", "What else lands in an inbox beside a good revenue.csv: an old .xls, a Word "
                "note named revenue_说明.docx, a truncated .xlsx, an empty CSV, a notes.txt and a password-"
                "protected workbook. The good file is read whole; each other file gets its own diagnostic "
                "and nothing crashes.")
    folder = root / fo.name
    write_enterprises(folder, F)
    vals = [("2101.37", None), ("280.5", "100"), ("300.01", None), ("175.75", None), ("410", "10.5")]
    rows = [Row("header", HEADER_WAN, label="header")]
    for f, (rev, ind) in zip(F, vals):
        rows.append(Row("data", [f.id, f.name, "2024年一季度", "当期", rev, ind], q1_fact(f, rev, ind), label=f.name))
    s = FileSpec("revenue.csv", "csv", rows, "万元", "header 营业收入（万元）", encoding="UTF-8", line_ends="LF")
    write_csv(folder / s.name, s)
    fo.files.append(s)
    (folder / "revenue_old.xls").write_bytes(OLE2_SIG + bytes(504))
    (folder / "revenue_说明.docx").write_bytes(tiny_docx())
    (folder / "revenue_bad.xlsx").write_bytes(clean_xlsx.read_bytes()[:300])
    (folder / "revenue_empty.csv").write_bytes(b"")
    (folder / "notes.txt").write_bytes("4月15日收到普陀区报表，另有一份旧版xls待转换。\n".encode("utf-8"))
    (folder / "revenue_locked.xlsx").write_bytes(encrypted_ole2())
    fo.other_files = [
        {"file": "revenue_old.xls", "what": "512 bytes: the OLE2 signature D0 CF 11 E0 A1 B1 1A E1 and zeros "
                                            "(Excel 97–2003 binary workbook)",
         "severity": "error", "kind": "xls_unsupported",
         "says": "旧版 Excel（.xls）格式不支持，请在 Excel 中另存为 .xlsx 或 CSV"},
        {"file": "revenue_说明.docx", "what": "a valid Word document (zip with word/document.xml, no xl/workbook.xml)",
         "severity": "warning", "kind": "not_a_table",
         "says": "Word 文档不是数据表，已忽略（文件名以 revenue 开头）"},
        {"file": "revenue_bad.xlsx", "what": "the first 300 bytes of a valid .xlsx (a zip cut short: no central "
                                             "directory)",
         "severity": "error", "kind": "xlsx_damaged",
         "says": "工作簿已损坏或不完整（不是完整的 zip/xlsx），无法读取，请重新发送"},
        {"file": "revenue_empty.csv", "what": "0 bytes",
         "severity": "error", "kind": "empty_file",
         "says": "the file is empty; a header row is required (as today: `revenue_empty.csv:1:0`)"},
        {"file": "notes.txt", "what": "a UTF-8 text note",
         "severity": "warning", "kind": "not_a_table",
         "says": "not a table of the dataset contract: ignored"},
        {"file": "revenue_locked.xlsx", "what": "a valid OLE2 compound file (1,536 bytes) holding the streams "
                                                "EncryptionInfo and EncryptedPackage: a password-protected .xlsx",
         "severity": "error", "kind": "xlsx_encrypted",
         "says": "工作簿有密码保护（加密），无法读取，请提供未加密的副本"},
    ]
    for o in fo.other_files:
        if o["severity"] != "none":
            fo.diag(o["file"], None, o["severity"], o["kind"], o["says"])
    fo.notes += [
        "Every diagnostic names its file; none stops the others from being read: revenue.csv gives its 5 facts.",
        "Tell .xls from an encrypted .xlsx by the extension and, better, by the directory of the OLE2 file "
        "(an encrypted package has a stream named EncryptedPackage; an .xls has Workbook or Book). "
        "revenue_old.xls has no directory at all (zeros after the signature): still an .xls by its name.",
        "Expected exit status of `check`: non-zero (file errors), with revenue.csv's rows accounted as usual.",
    ]
    return fo


# ---------------------------------------------------------------------------------------------
# j. combined


def fixture_combined(root: Path) -> Folder:
    F = FIRMS[8:16]
    fo = Folder("combined", "A district inbox: a GB18030 CSV of 2024年一季度 returns (Excel-saved: every line "
                "padded with commas, a title, 单位：万元, 小计 per district, a blank line, 合计 and footers), a "
                "statistical return workbook with a two-row header (2024年1-3月 累计) for four other firms, "
                "and a clean UTF-8 CSV of 2023 figures (one row with a mistyped check character).")
    folder = root / fo.name
    write_enterprises(folder, F)
    csv_firms = sorted(F[:4], key=lambda f: (f.district, f.id))
    vals = {csv_firms[0].id: ("352.6", None), csv_firms[1].id: ("1580.22", "1500.2"),
            csv_firms[2].id: ("1067.1", "1067.1"), csv_firms[3].id: ("450.08", "30.3")}
    pad = [None] * 5
    rows = [Row("title", [TITLE_Q1] + pad, label=TITLE_Q1 + ",,,,,"),
            Row("unit", ["单位：万元"] + pad, label="单位：万元,,,,,"),
            Row("header", HEADER_BARE, label="header (no units)")]
    cell = lambda d: grouped(d) if d >= 1000 else plain(d)
    group, total_r, total_i, subtotals = [], Decimal(0), Decimal(0), []
    for k, f in enumerate(csv_firms):
        rev, ind = vals[f.id]
        rows.append(Row("data", [f.id, f.name, "2024年一季度", "当期", cell(D(rev)), cell(D(ind)) if ind else None],
                        q1_fact(f, rev, ind), label=f.name + " (" + f.district + ")"))
        group.append((D(rev), D(ind) if ind else Decimal(0)))
        last = k + 1 == len(csv_firms) or csv_firms[k + 1].district != f.district
        if last:
            sr, si = sum(g[0] for g in group), sum(g[1] for g in group)
            rows.append(Row("total", [None, f.district + "小计", None, None, cell(sr), cell(si)],
                            label=f"{f.district}小计 {grouped(sr)} / {grouped(si)}"))
            subtotals.append((len(rows), f.district, sr, si, len(group)))
            total_r += sr
            total_i += si
            group = []
    rows.append(Row("blank", [None] * 6, label="blank ,,,,,"))
    rows.append(Row("total", ["合计", None, None, None, cell(total_r), cell(total_i)],
                    label=f"合计 {grouped(total_r)} / {grouped(total_i)} (the data rows, not the 小计 rows, summed)"))
    rows.append(Row("footer", [FOOTER1] + pad, label=FOOTER1 + ",,,,,"))
    rows.append(Row("footer", [FOOTER2] + pad, label=FOOTER2 + ",,,,,"))
    s1 = FileSpec("revenue_2024年一季度_报表.csv", "csv", rows, "万元", "line 2 `单位：万元`", encoding="GB18030",
                  line_ends="CRLF", notes=["as Excel saves a sheet as CSV: title, unit, blank and footer lines "
                                           "padded to six fields with commas"])
    write_csv(folder / s1.name, s1)
    for (ln, dist, sr, si, n) in subtotals:
        fo.checks.append({"file": s1.name, "line": ln, "kind": "subtotal", "column": "营业收入",
                          "stated_fen": fen(sr, "万元"), "computed_fen": fen(sr, "万元"), "matches": True,
                          "what": f"line {ln} {dist}小计 {grouped(sr)} / {grouped(si)} = its {n} data line(s) above"})
    tl = len(rows) - 2
    fo.checks.append({"file": s1.name, "line": tl, "kind": "total", "column": "营业收入",
                      "stated_fen": fen(total_r, "万元"), "computed_fen": fen(total_r, "万元"), "matches": True,
                      "what": f"line {tl} 合计 {grouped(total_r)} / {grouped(total_i)} = all data lines "
                              f"(= sum of the 小计s; adding 小计 and data lines would double it)"})

    x_firms = F[4:8]
    cur = {x_firms[0].id: (D("105.3"), None), x_firms[1].id: (D("171.44"), D("50.6")),
           x_firms[2].id: (D("3150.06"), D("2991.37")), x_firms[3].id: (D("1880.12"), None)}
    ind_prev = {x_firms[1].id: D("47.85"), x_firms[2].id: D("2890.4")}
    prev_in_return = {f.id: (f.prev, ind_prev.get(f.id)) for f in x_firms}
    xrows, xchecks = two_row_header_sheet(x_firms, cur, prev_in_return)
    s2 = FileSpec("revenue_2024年1-3月主要指标.xlsx", "xlsx", xrows, "万元", "row 2 `单位：万元`", sheet="主要指标",
                  other_sheets=[], extra={"period_from_title": "row 1: 2024年1-3月, 累计"})
    write_two_row_header(folder / s2.name, xrows)
    for (rowno, f, r, pr, g_r, stated_r, i, pi, g_i) in xchecks:
        fo.checks.append({"file": s2.name, "row": rowno, "kind": "growth", "id": f.id, "matches": True,
                          "stated": float(g_r), "computed": float(g_r),
                          "what": f"row {rowno} {f.name}: 增长% {g_r}" + (f" / 产业收入 {g_i}" if g_i is not None else "")
                                  + "; 上年同期 = revenue_2023.csv"})

    # the clean CSV: 2023 figures for all eight, and one mistyped id
    rows3 = [Row("header", ["统一社会信用代码", "企业名称", "统计期", "口径", "营业收入（万元）", "产业收入（万元）"],
                 label="header")]
    for f in csv_firms:
        rows3.append(Row("data", [f.id, f.name, "2023年一季度", "当期", plain(f.prev), None],
                         Fact(f, "2023年一季度", "2023Q1", "当期", "万元", f.prev, None), label=f.name))
    for f in x_firms:
        ip = ind_prev.get(f.id)
        rows3.append(Row("data", [f.id, f.name, "2023年1-3月", "累计", plain(f.prev), None if ip is None else plain(ip)],
                         Fact(f, "2023年1-3月", "2023-03", "累计", "万元", f.prev, ip), label=f.name))
    bad = csv_firms[0]
    good_check = bad.id[17]
    typo_check = USCC_ALPHABET[(USCC_ALPHABET.index(good_check) + 1) % 31]
    bad_id = bad.id[:17] + typo_check
    rows3.append(Row("data", [bad_id, bad.name, "2023年二季度", "当期", "360.12", None], None,
                     rejected=f"统一社会信用代码 {bad_id} 校验码错误，应为 {good_check}",
                     label=f"{bad.name} with the check character mistyped"))
    s3 = FileSpec("revenue_2023.csv", "csv", rows3, "万元", "header 营业收入（万元）", encoding="UTF-8", line_ends="LF")
    write_csv(folder / s3.name, s3)
    fo.files += [s1, s2, s3]
    fo.diag(s3.name, ("line", len(rows3)), "error", "uscc_check",
            f"统一社会信用代码 {bad_id} 的校验码应为 {good_check}", expected_check=good_check)
    fo.notes += [
        "Without the mistyped id this folder would give no diagnostic at all: every 小计, 合计, 增长% and "
        "上年同期 agrees.",
        "The Q1 当期 facts (CSV) and the 1-3月 累计 facts (workbook) are for different firms, so nothing "
        "is counted twice.",
    ]
    return fo


# ---------------------------------------------------------------------------------------------


def header_rows(spec: FileSpec):
    return [i for i, r in enumerate(spec.rows, start=1) if r.kind == "header"]


def self_check_xlsx(folder: Path, spec: FileSpec):
    """Reads the workbook back with openpyxl: every data cell holds what the model says."""
    wb = openpyxl.load_workbook(folder / spec.name)
    ws = wb.worksheets[0]
    assert ws.title == spec.sheet, (ws.title, spec.sheet)
    for i, r in enumerate(spec.rows, start=1):
        for j, v in enumerate(r.cells, start=1):
            got = ws.cell(row=i, column=j).value
            if v is None:
                assert got is None, (spec.name, i, j, got)
            elif isinstance(v, Num):
                assert got == v.as_float(), (spec.name, i, j, got, v)
            else:
                assert got == str(v), (spec.name, i, j, got, v)


def build(root: Path):
    root.mkdir(parents=True, exist_ok=True)
    names = ["clean-xlsx", "title-rows-csv", "title-rows-xlsx", "unit-row", "yuan-bare-header",
             "yuan-note-line", "two-row-header-xlsx", "dates-and-serials-xlsx", "broken-files", "combined"]
    for n in names + ["expected"]:
        p = root / n
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    folders = [fixture_clean_xlsx(root), fixture_title_rows_csv(root), fixture_title_rows_xlsx(root),
               fixture_unit_row(root), fixture_yuan_bare_header(root), fixture_yuan_note_line(root),
               fixture_two_row_header(root), fixture_dates(root)]
    folders.append(fixture_broken(root, root / "clean-xlsx" / "revenue.xlsx"))
    folders.append(fixture_combined(root))
    for fo in folders:
        for spec in fo.files:
            if spec.fmt == "xlsx":
                self_check_xlsx(root / fo.name, spec)
        write_expected(fo, root / "expected", {s.name: header_rows(s) for s in fo.files})
    return names + ["expected"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="where to write the folders (default: beside this script)")
    ap.add_argument("--check", action="store_true", help="regenerate into a temporary folder and compare")
    a = ap.parse_args()
    verify_pool_against_sample()
    if a.check:
        with tempfile.TemporaryDirectory() as t:
            names = build(Path(t))
            bad = []
            for n in names:
                cmp = filecmp.dircmp(HERE / n, Path(t) / n)
                stack = [cmp]
                while stack:
                    c = stack.pop()
                    bad += [os.path.join(n, x) for x in c.left_only + c.right_only]
                    _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
                    bad += [os.path.join(c.left, x) for x in mismatch + errors]
                    stack += list(c.subdirs.values())
            if bad:
                print("differ:\n  " + "\n  ".join(bad))
                sys.exit(1)
            print(f"ok: {len(names)} folders identical")
        return
    names = build(a.out)
    print(f"wrote {len(names)} folders under {a.out}")


if __name__ == "__main__":
    main()
