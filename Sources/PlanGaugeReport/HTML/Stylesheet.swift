/// The pages' one inline stylesheet: CJK font stack, status colours, dark mode, A4 print.
enum Stylesheet {
    static let css = """
        :root { --fg: #1d2430; --muted: #5b6575; --bg: #ffffff; --panel: #f5f7fa; --line: #d9dee6; --accent: #1f5fa8;
          --achieved: #1b7f3b; --on-track: #2e9d57; --moderate: #c98a00; --limited: #d06b1f; --deterioration: #c0392b; --neutral: #7a8494; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6e9ef; --muted: #a3acbb; --bg: #14181f; --panel: #1d232c; --line: #323b48; --accent: #6ea8ff;
            --achieved: #46c477; --on-track: #5fd18b; --moderate: #e5b23a; --limited: #f08c4a; --deterioration: #ff6b5e; --neutral: #9aa3b2; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.6;
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
            "WenQuanYi Micro Hei", "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
        main, header, footer { max-width: 1080px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 28px; border-bottom: 3px solid var(--accent); padding-bottom: 12px; }
        h1 { font-size: 1.6rem; margin: 0 0 6px; }
        h2 { font-size: 1.2rem; margin: 32px 0 8px; padding-left: 10px; border-left: 4px solid var(--accent); }
        .meta { color: var(--muted); margin: 0; padding: 0; list-style: none; font-size: 0.9rem; }
        .meta li { display: inline; margin-right: 1.2em; }
        nav.links { margin: 10px 0 0; font-size: 0.9rem; }
        nav.links a { color: var(--accent); margin-right: 1em; }
        p.csv { color: var(--muted); font-size: 0.82rem; margin: -6px 0 12px; } p.csv a { color: var(--accent); }
        .note { color: var(--muted); font-size: 0.88rem; margin: 0 0 10px; }
        p.narrative { text-indent: 2em; margin: 0 0 8px; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 12px; }
        .tile { background: var(--panel); border-radius: 6px; padding: 12px 14px; border-top: 4px solid var(--neutral); break-inside: avoid; }
        .tile .label { font-size: 0.88rem; color: var(--muted); }
        .tile .value { font-size: 1.45rem; font-weight: 700; margin: 2px 0; font-variant-numeric: tabular-nums; }
        .tile .detail { font-size: 0.82rem; color: var(--muted); }
        .tile .status { font-size: 0.85rem; font-weight: 600; }
        .achieved { border-top-color: var(--achieved); } .achieved .status, .status.achieved { color: var(--achieved); }
        .on-track { border-top-color: var(--on-track); } .on-track .status, .status.on-track { color: var(--on-track); }
        .moderate { border-top-color: var(--moderate); } .moderate .status, .status.moderate { color: var(--moderate); }
        .limited { border-top-color: var(--limited); } .limited .status, .status.limited { color: var(--limited); }
        .deterioration { border-top-color: var(--deterioration); } .deterioration .status, .status.deterioration { color: var(--deterioration); }
        .bars { display: grid; grid-template-columns: minmax(180px, 2fr) 5fr minmax(150px, 2fr); gap: 6px 14px; align-items: center; }
        .bar-label { font-size: 0.92rem; }
        .bar { position: relative; height: 16px; background: var(--panel); border: 1px solid var(--line); border-radius: 3px; }
        .bar .fill { position: absolute; left: 0; top: 0; bottom: 0; background: var(--neutral); border-radius: 2px 0 0 2px; }
        .bar .fill.achieved { background: var(--achieved); } .bar .fill.on-track { background: var(--on-track); }
        .bar .fill.moderate { background: var(--moderate); } .bar .fill.limited { background: var(--limited); }
        .bar .fill.deterioration { background: var(--deterioration); }
        .bar .goal { position: absolute; top: -3px; bottom: -3px; width: 0; border-left: 2px solid var(--fg); }
        .bar .time { position: absolute; top: -4px; bottom: -4px; width: 0; border-left: 2px solid var(--accent); }
        .bar .season { position: absolute; top: -4px; bottom: -4px; width: 0; border-left: 2px dashed var(--accent); }
        .bar-figures { font-size: 0.85rem; font-variant-numeric: tabular-nums; }
        figure { margin: 8px 0 16px; break-inside: avoid; page-break-inside: avoid; }
        figure svg { width: 100%; height: auto; max-width: 760px; display: block; }
        figcaption { font-size: 0.88rem; color: var(--muted); }
        svg text { fill: var(--fg); font-size: 12px; }
        svg .axis { stroke: var(--line); } svg .grid { stroke: var(--line); stroke-dasharray: 2 3; }
        svg .s0 { stroke: var(--accent); } svg .s1 { stroke: var(--moderate); } svg .s2 { stroke: var(--on-track); } svg .s3 { stroke: var(--limited); }
        svg rect.s0 { fill: var(--accent); } svg rect.s1 { fill: var(--moderate); } svg rect.s2 { fill: var(--on-track); } svg rect.s3 { fill: var(--limited); }
        td.nowrap { white-space: nowrap; }
        svg .target { stroke: var(--deterioration); stroke-dasharray: 6 4; }
        table { border-collapse: collapse; width: 100%; font-size: 0.86rem; margin: 4px 0 12px; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: var(--panel); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        footer { color: var(--muted); font-size: 0.8rem; padding-top: 16px; padding-bottom: 32px; border-top: 1px solid var(--line); margin-top: 32px; }
        @media print {
          @page { size: A4 portrait; margin: 15mm 12mm; }
          :root { --bg: #ffffff; --fg: #000000; --panel: #f3f4f6; }
          body { font-size: 10.5pt; }
          main, header, footer { max-width: none; padding: 0; }
          h2, .note { break-after: avoid; page-break-after: avoid; }
          section { break-inside: auto; }
          .tiles { grid-template-columns: repeat(3, 1fr); }
          nav.links { display: none; }
          thead { display: table-header-group; } tfoot { display: table-footer-group; }
          .bar-label, .bar, .bar-figures { break-inside: avoid; page-break-inside: avoid; }
          @page {
            @top-center { font-size: 7.5pt; color: #5b6575; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
            @bottom-center { content: counter(page) " / " counter(pages); font-size: 7.5pt; color: #5b6575; }
          }
        }
        .bar-figures .basis, .bar-figures .change { color: var(--muted); font-size: 0.8rem; }
        p.print-only { display: none; }
        .bars.detailed { grid-template-columns: minmax(160px, 2fr) 3fr minmax(260px, 5fr); }
        /* A park's own report: the whole page on one A4 sheet (PrintLayout.onePage). */
        @page one-page { size: A4 portrait; margin: 9mm 10mm; }
        @media print {
          body.one-page { page: one-page; font-size: 7.4pt; line-height: 1.28; }
          .one-page header { padding: 0 0 3px; border-bottom-width: 2px; }
          .one-page h1 { font-size: 12.5pt; margin: 0 0 1px; }
          .one-page .meta { font-size: 6.8pt; }
          .one-page main { display: grid; grid-template-columns: 1fr 1fr; grid-auto-flow: row dense; column-gap: 5mm; align-items: start; }
          .one-page main > section { grid-column: 1 / -1; min-width: 0; }
          .one-page main > section.half { grid-column: auto; }
          .one-page .screen-only { display: none; }
          .one-page h2 { font-size: 8.6pt; margin: 5px 0 2px; padding-left: 5px; border-left-width: 3px; }
          .one-page .note { font-size: 6.6pt; margin: 0 0 2px; }
          .one-page figcaption { display: none; }
          .one-page table.capped tbody tr:nth-child(n+16) { display: none; }
          .one-page p.print-only { display: block; font-size: 6.2pt; color: var(--muted); margin: 0; }
          .one-page p.narrative { text-indent: 0; margin: 0 0 2px; }
          .one-page .tiles { grid-template-columns: none; grid-auto-flow: column; grid-auto-columns: 1fr; gap: 4px; }
          .one-page .tile { padding: 3px 6px; border-top-width: 3px; border-radius: 3px; }
          .one-page .tile .value { font-size: 10.5pt; margin: 0; }
          .one-page .tile .label, .one-page .tile .detail, .one-page .tile .status { font-size: 6.6pt; }
          .one-page .bars { grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) minmax(0, 4fr); gap: 2px 6px; }
          .one-page .bar { height: 8px; }
          .one-page .bar-label, .one-page .bar-figures, .one-page .bar-figures .basis, .one-page .bar-figures .change { font-size: 6.6pt; }
          .one-page table { font-size: 6.6pt; margin: 1px 0 2px; }
          .one-page th, .one-page td { padding: 0 4px; }
          .one-page figure { margin: 0; }
          .one-page figure svg { width: 100%; height: auto; max-height: 60mm; }
          .one-page section.chart { display: grid; grid-template-columns: 11fr 9fr; column-gap: 5mm; align-items: start; }
          .one-page section.chart > h2, .one-page section.chart > .note, .one-page section.chart > p.csv { grid-column: 1 / -1; }
          .one-page p.csv { font-size: 6.2pt; margin: 0 0 2px; }
          .one-page footer { margin-top: 3px; padding: 2px 0 0; font-size: 6.2pt; }
        }
        """

    /// The print rule that puts `text` at the top of every printed page (`report --pdf` adds it to
    /// each page it prints), as a CSS string: quotes and backslashes escaped, line ends and `<` as
    /// hex escapes, so no text can end the rule or the `<style>` element.
    static func runningHeader(_ text: String) -> String {
        var quoted = ""
        for c in text.unicodeScalars {
            switch c {
            case "\\", "\"": quoted += "\\" + String(c)
            case "<", ">", "&": quoted += "\\" + String(c.value, radix: 16) + " "
            case _ where c.value < 0x20 || c.value == 0x7F: quoted += "\\" + String(c.value, radix: 16) + " "
            default: quoted.unicodeScalars.append(c)
            }
        }
        return "@page { @top-center { content: \"" + quoted + "\"; } }"
    }
}
