"""Writes merged-cells-xlsx/: an enterprises.xlsx whose 所属区 cells are merged over the firms of
each district, as offices lay out a roster, and a plain revenue.csv for the same firms; and
damaged-xlsx/: clean-xlsx's workbook stored uncompressed with one digit of its sheet changed after
the checksums were written (well-formed XML, a wrong figure: only the CRC-32 tells); and
review-cases-xlsx/: a figure merged over two firms (D2:D3), and a formula saved without its
calculated value (as scripts write workbooks).
Deterministic (the workbook is saved through make_fixtures.save_workbook). Run from anywhere:
    python3 Tests/PlanGaugeIngestTests/Fixtures/office/make_merged.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_fixtures as mf  # noqa: E402

# (code, name, district): the district is written once, in the first row of its merged range.
FIRMS = [
    ("913101150028JBF059", "上海云创软件技术有限公司", "浦东新区"),
    ("913101150028JBF06C", "上海盈卫密码技术有限公司", None),
    ("913101150028JBF0LP", "上海安邦信息技术有限公司", None),
    ("913101100028JBF01L", "上海天卫数据科技有限公司", "杨浦区"),
    ("913101100028JBF0AG", "上海融维信息安全技术有限公司", None),
    ("913101070028JBF0DF", "上海宁邦信息技术有限公司", "普陀区"),
]


def main():
    folder = HERE / "merged-cells-xlsx"
    folder.mkdir(exist_ok=True)
    wb = mf.new_workbook()
    ws = wb.active
    ws.title = "企业名录"
    ws.append(["统一社会信用代码", "企业名称", "所属区"])
    for code, name, district in FIRMS:
        ws.append([code, name, district])
    ws.merge_cells("C2:C4")     # 浦东新区 over three firms
    ws.merge_cells("C5:C6")     # 杨浦区 over two
    mf.save_workbook(wb, folder / "enterprises.xlsx")
    rows = ["统一社会信用代码,企业名称,统计期,营业收入(万元)"]
    rows += [f"{code},{name},2024Q1,100.00" for code, name, _ in FIRMS]
    (folder / "revenue.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {folder}")
    damaged()
    review_cases()


def review_cases():
    import shutil
    folder = HERE / "review-cases-xlsx"
    folder.mkdir(exist_ok=True)
    shutil.copyfile(HERE / "clean-xlsx" / "enterprises.csv", folder / "enterprises.csv")
    ids = [line.split(",")[:2] for line in (folder / "enterprises.csv").read_text(encoding="utf-8").splitlines()[1:4]]
    header = ["统一社会信用代码", "企业名称", "统计期", "营业收入（万元）", "产业收入（万元）"]
    wb = mf.new_workbook()
    ws = wb.active
    ws.append(header)
    ws.append([ids[0][0], ids[0][1], "2024Q1", 900, None])
    ws.append([ids[1][0], ids[1][1], "2024Q1", None, None])
    ws.append([ids[2][0], ids[2][1], "2024Q1", 100, None])
    ws.merge_cells("D2:D3")     # one figure over two firms
    mf.save_workbook(wb, folder / "revenue_merged.xlsx")
    wb = mf.new_workbook()
    ws = wb.active
    ws.append(header)
    ws.append([ids[0][0], ids[0][1], "2024Q2", "=E2*2", 50])
    ws.append([ids[1][0], ids[1][1], "2024Q2", 80, None])
    mf.save_workbook(wb, folder / "revenue_formula.xlsx")
    print(f"wrote {folder}")


def damaged():
    import io
    import shutil
    import zipfile
    folder = HERE / "damaged-xlsx"
    folder.mkdir(exist_ok=True)
    shutil.copyfile(HERE / "clean-xlsx" / "enterprises.csv", folder / "enterprises.csv")
    source = zipfile.ZipFile(HERE / "clean-xlsx" / "revenue.xlsx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 15, 0, 0, 0))
            out.writestr(entry, source.read(info.filename))
    data = bytearray(buf.getvalue())
    at = data.index(b"<v>2101.37</v>")          # 2101.37 万元 becomes 2101.97 万元
    data[at + 8] = ord("9")
    (folder / "revenue.xlsx").write_bytes(bytes(data))
    print(f"wrote {folder}")


if __name__ == "__main__":
    main()
