#!/usr/bin/env python3
"""Makes reference.docx, the styles `plangauge report --docx` hands to pandoc, and ReferenceDocx.swift,
the same bytes embedded in the binary (a CLI installed alone has no resource bundle to read).

    python3 Sources/PlanGaugeReport/Docx/make-reference-docx.py [--out FOLDER]

Starts from pandoc's own reference document (`pandoc --print-default-data-file reference.docx`, so every
style pandoc writes is there) and changes it to a 公文-like layout (GB/T 9704-2012 as far as a report needs):
  - A4 portrait; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm;
  - the page number centred in the footer as `— 1 —`, 14 pt;
  - the title in a 小标宋 face, 22 pt (二号), centred; the lines under it (custom style `Meta`) centred, 14 pt;
  - body text in 仿宋, 16 pt (三号), a fixed 28.95 pt line (22 lines a page), first line indented two characters;
  - headings: level 1 (一、) in 黑体, level 2 (（一）) in 楷体, level 3 in bold 仿宋, all 16 pt;
  - tables: 10.5 pt (五号) text in ruled cells, rows not split over pages, the header row bold and repeated on
    each page, the caption above
    in 黑体 14 pt; notes under tables (custom style `Note`) 12 pt.
Latin letters and digits are in Times New Roman. The font table names each CJK face with its Chinese name,
the GB2312 character set and its PANOSE class, so Word substitutes SimSun/SimHei where the face is missing;
LibreOffice substitutes through fontconfig (Noto Serif/Sans CJK SC).

Reproducible: entries are stored uncompressed (no zlib version enters the bytes) with a fixed time, in a fixed
order, so the same pandoc version gives the same bytes; DocxTests checks the embedded copy equals the file.
"""

import argparse
import base64
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_TIME = (2021, 1, 1, 0, 0, 0)

# Faces by role. The first name is what the text asks for; the font table gives its Chinese name.
LATIN = "Times New Roman"
TITLE = "FZXiaoBiaoSong-B05S"  # 方正小标宋简体
BODY = "FangSong"  # 仿宋
HEADING = "SimHei"  # 黑体
SUBHEADING = "KaiTi"  # 楷体
NUMBERS = "SimSun"  # 宋体: the page number

# (name, Chinese name, PANOSE, family): charset 86 is GB2312.
CJK_FONTS = [
    (TITLE, "方正小标宋简体", "02000000000000000000", "script"),
    (BODY, "仿宋", "02010609060101010101", "modern"),
    (HEADING, "黑体", "02010609060101010101", "modern"),
    (SUBHEADING, "楷体", "02010609060101010101", "modern"),
    (NUMBERS, "宋体", "02010600030101010101", "auto"),
]

# Sizes in half-points; lengths in twentieths of a point (twips); 1 mm = 56.69 twips.
BODY_SIZE = 32  # 三号 16 pt
TITLE_SIZE = 44  # 二号 22 pt
TABLE_SIZE = 21  # 五号 10.5 pt
NOTE_SIZE = 24  # 小四 12 pt
META_SIZE = 28  # 四号 14 pt
CAPTION_SIZE = 28  # 四号 14 pt
LINE = 579  # 28.95 pt: 22 lines in the 225 mm text block
INDENT = 'w:firstLineChars="200" w:firstLine="640"'  # two 16 pt characters


def fonts(face, latin=LATIN):
    return f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{face}" w:cs="{latin}" w:hint="eastAsia"/>'


def size(half_points):
    return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


def paragraph_style(style_id, name, based_on, ppr, rpr, next_id=None, custom=False, extra="", default=False):
    custom_attr = ' w:customStyle="1"' if custom else ' w:default="1"' if default else ""
    nxt = f'<w:next w:val="{next_id}"/>' if next_id else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="paragraph"{custom_attr} w:styleId="{style_id}"><w:name w:val="{name}"/>{based}{nxt}'
        f"{extra}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def heading(level, face, bold):
    b = "<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    return paragraph_style(
        f"Heading{level}",
        f"Heading {level}",
        "Normal",
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="0" w:line="{LINE}" w:lineRule="exact"/>'
        f'<w:ind {INDENT}/><w:jc w:val="both"/><w:outlineLvl w:val="{level - 1}"/>',
        fonts(face) + b + '<w:color w:val="000000"/>' + size(BODY_SIZE),
        next_id="BodyText",
        extra='<w:uiPriority w:val="9"/>',
    )


STYLES = [
    paragraph_style("Normal", "Normal", None, '<w:jc w:val="both"/>', "", default=True),
    paragraph_style(
        "BodyText",
        "Body Text",
        "Normal",
        f'<w:spacing w:before="0" w:after="0" w:line="{LINE}" w:lineRule="exact"/><w:ind {INDENT}/>'
        '<w:jc w:val="both"/>',
        "",
    ),
    paragraph_style(
        "Title",
        "Title",
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="240" w:line="700" w:lineRule="exact"/>'
        '<w:jc w:val="center"/>',
        fonts(TITLE, TITLE) + '<w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="000000"/>' + size(TITLE_SIZE),
        next_id="BodyText",
    ),
    paragraph_style(
        "Meta",
        "Meta",
        "Normal",
        # 14 pt: the lines are often longer than a line; the space after only under the last of them.
        '<w:keepNext/><w:spacing w:before="0" w:after="240" w:line="400" w:lineRule="exact"/>'
        '<w:contextualSpacing/><w:jc w:val="center"/>',
        size(META_SIZE),
        custom=True,
    ),
    heading(1, HEADING, bold=False),
    heading(2, SUBHEADING, bold=False),
    heading(3, BODY, bold=True),
    # Table cells: pandoc writes every cell's paragraph in "Compact".
    paragraph_style(
        "Compact",
        "Compact",
        "BodyText",
        '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
        '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>',
        size(TABLE_SIZE),
        custom=True,
    ),
    paragraph_style(
        "Caption",
        "Caption",
        "Normal",
        '<w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>',
        fonts(HEADING) + size(CAPTION_SIZE),
    ),
    paragraph_style(
        "TableCaption", "Table Caption", "Caption", "<w:keepNext/>", "", custom=True
    ),
    paragraph_style(
        "Note",
        "Note",
        "Normal",
        '<w:spacing w:before="60" w:after="120" w:line="300" w:lineRule="auto"/><w:jc w:val="both"/>',
        size(NOTE_SIZE),
        custom=True,
    ),
    paragraph_style(
        "Footer",
        "footer",
        "Normal",
        '<w:jc w:val="center"/>',
        fonts(NUMBERS, LATIN) + size(CAPTION_SIZE),
    ),
    # The table style pandoc gives every table: ruled cells, a bold header row.
    '<w:style w:type="table" w:default="1" w:styleId="Table"><w:name w:val="Table"/>'
    '<w:basedOn w:val="TableNormal"/><w:qFormat/>'
    '<w:tblPr><w:jc w:val="center"/><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>'
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"]
    )
    + '</w:tblBorders><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '<w:trPr><w:cantSplit/></w:trPr><w:tcPr><w:vAlign w:val="center"/></w:tcPr>'
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:trPr><w:tblHeader/></w:trPr>'
    '<w:tcPr><w:vAlign w:val="center"/></w:tcPr></w:tblStylePr></w:style>',
]

DOC_DEFAULTS = (
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    + fonts(BODY)
    + size(BODY_SIZE)
    + '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>'
)

# A4 portrait (210 × 297 mm); margins 37/35/28/26 mm; the footer's bottom 23 mm above the page's edge, so the
# page number sits about 7 mm under the text block.
SECTION = (
    '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1304" w:gutter="0"/>'
    '<w:pgNumType w:fmt="decimal"/><w:cols w:space="425"/></w:sectPr>'
)

FOOTER = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
    '<w:r><w:t xml:space="preserve">— </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>'
)


def sample_paragraph(style, text):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def sample_table():
    def cell(text, jc):
        return (
            f'<w:tc><w:p><w:pPr><w:pStyle w:val="Compact"/><w:jc w:val="{jc}"/></w:pPr>'
            f"<w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"
        )

    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="5000" w:type="pct"/>'
        '<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>'
        "</w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        '<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>' + cell("项目", "left") + cell("本期（亿元）", "right")
        + "</w:tr><w:tr>" + cell("示例", "left") + cell("1.00", "right") + "</w:tr></w:tbl>"
    )


def document_xml(original):
    """pandoc reads only the last sectPr; the body shows each style to whoever opens the file."""
    head = original[: original.index("<w:body>")]
    body = "".join(
        [
            sample_paragraph("Title", "标题（小标宋二号）"),
            sample_paragraph("Meta", "文号：示例〔2021〕1号"),
            sample_paragraph("Heading1", "一、一级标题（黑体三号）"),
            sample_paragraph("BodyText", "正文（仿宋三号），首行缩进两字，固定行距 28.95 磅，每页 22 行。"),
            sample_paragraph("Heading2", "（一）二级标题（楷体三号）"),
            sample_paragraph("TableCaption", "表1　表题（黑体四号）"),
            sample_table(),
            sample_paragraph("Note", "注：表注（仿宋小四）。"),
        ]
    )
    return head + "<w:body>" + body + SECTION + "</w:body></w:document>"


def styles_xml(original):
    xml = re.sub(r"<w:docDefaults>.*?</w:docDefaults>", DOC_DEFAULTS, original, count=1, flags=re.S)
    for style in STYLES:
        style_id = re.search(r'w:styleId="([^"]+)"', style).group(1)
        xml = re.sub(rf'\s*<w:style [^>]*w:styleId="{style_id}">.*?</w:style>', "", xml, flags=re.S)
        xml = xml.replace("</w:styles>", style + "\n</w:styles>")
    return xml


def font_table_xml(original):
    entries = "".join(
        f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:panose1 w:val="{panose}"/>'
        f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>'
        for name, alt, panose, family in CJK_FONTS
    )
    return original.replace("</w:fonts>", entries + "</w:fonts>")


def rels_xml(original):
    footer = (
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
        'Id="rIdFooter1" Target="footer1.xml" />'
    )
    return original.replace("</Relationships>", footer + "</Relationships>")


def content_types_xml(original):
    footer = (
        '<Override PartName="/word/footer1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />'
    )
    return original.replace("</Types>", footer + "</Types>")


def core_xml(original):
    xml = re.sub(r"<dc:title>.*?</dc:title>", "<dc:title>PlanGauge 报告样式</dc:title>", original)
    xml = re.sub(r"<dc:creator>.*?</dc:creator>", "<dc:creator>PlanGauge</dc:creator>", xml)
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "2021-01-01T00:00:00Z", xml)


EDITS = {
    "word/document.xml": document_xml,
    "word/styles.xml": styles_xml,
    "word/fontTable.xml": font_table_xml,
    "word/_rels/document.xml.rels": rels_xml,
    "[Content_Types].xml": content_types_xml,
    "docProps/core.xml": core_xml,
}


def pandoc_reference():
    try:
        return subprocess.run(
            ["pandoc", "--print-default-data-file", "reference.docx"], check=True, capture_output=True
        ).stdout
    except FileNotFoundError:
        sys.exit("make-reference-docx: pandoc is not on PATH (sudo apt-get install pandoc)")


def entry(name):
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.create_system = 3
    info.external_attr = 0o644 << 16
    return info


def make_docx(path):
    import io

    source = zipfile.ZipFile(io.BytesIO(pandoc_reference()))
    with zipfile.ZipFile(path, "w") as out:
        for name in source.namelist():
            text = source.read(name)
            if name in EDITS:
                text = EDITS[name](text.decode("utf-8")).encode("utf-8")
            out.writestr(entry(name), text)
        out.writestr(entry("word/footer1.xml"), FOOTER.encode("utf-8"))


def swift_source(data):
    encoded = base64.b64encode(data).decode("ascii")
    lines = [encoded[i : i + 100] for i in range(0, len(encoded), 100)]
    body = "\n".join("        " + line for line in lines)
    return f'''// Generated by make-reference-docx.py from reference.docx, beside it; do not edit. Change the
// script, run it, and commit both files (DocxTests checks they are the same bytes).
import Foundation

/// The reference document pandoc takes the Word report's styles from: fonts, sizes, A4 page, 公文 margins,
/// the page number in the footer. Embedded, so a `plangauge` installed without its sources still has it.
enum ReferenceDocx {{
    /// The bytes of reference.docx; nil only if this file was damaged.
    static var data: Data? {{ Data(base64Encoded: base64, options: .ignoreUnknownCharacters) }}

    /// reference.docx in base64, 100 characters a line.
    static let base64 = """
{body}
        """
}}
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=HERE, help="folder for reference.docx and ReferenceDocx.swift")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    docx = os.path.join(args.out, "reference.docx")
    make_docx(docx)
    with open(docx, "rb") as f:
        data = f.read()
    with open(os.path.join(args.out, "ReferenceDocx.swift"), "w", encoding="utf-8") as f:
        f.write(swift_source(data))
    print(f"make-reference-docx: wrote {docx} ({len(data)} bytes) and ReferenceDocx.swift")


if __name__ == "__main__":
    main()
