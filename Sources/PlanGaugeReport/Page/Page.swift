/// A report page as plain values: what the HTML and Markdown renderers draw and the CSV exporter
/// writes. Builders fill it from assessments; nothing in here computes a statistic.
public struct Page: Sendable, Equatable {
    /// The language every text on the page is in.
    public var language: ReportLanguage
    /// The page heading and the HTML `<title>`.
    public var title: String
    /// Lines under the title: document number, periods, data as-of.
    public var meta: [String]
    /// The page's sections, top to bottom.
    public var sections: [Section]
    /// Links to sibling pages (relative paths), e.g. the park pages from the city page.
    public var links: [Link]
    /// Where the page's tables are written as CSV, from the period folder (`data/`,
    /// `data/parks/pd-tz-`); each table then links its file. nil: the tables are not written.
    public var csvPrefix: String?
    /// The way from the page up to the period folder: `""` for a page at its top, `../` for `parks/`.
    public var root: String
    /// How the page prints: flowing over as many A4 pages as it takes, or compacted onto one.
    public var printLayout: PrintLayout = .flow

    /// A page; sections, links and the CSV prefix can be given later.
    public init(
        language: ReportLanguage, title: String, meta: [String] = [], sections: [Section] = [], links: [Link] = [],
        csvPrefix: String? = nil, root: String = ""
    ) {
        self.language = language
        self.title = title
        self.meta = meta
        self.sections = sections
        self.links = links
        self.csvPrefix = csvPrefix
        self.root = root
    }

    /// A table's CSV file, from the period folder (`data/parks/pd-tz-enterprises.csv`); nil when the
    /// page's tables are not written.
    public func csvPath(_ t: ReportTable) -> String? {
        csvPrefix.map { $0 + t.id + ".csv" }
    }

    /// A table's CSV file as a link from the page (`../data/parks/pd-tz-enterprises.csv`).
    public func csvHref(_ t: ReportTable) -> String? {
        csvPath(t).map { root + $0 }
    }

    /// Every table on the page, charts' data tables included: what `data/*.csv` holds.
    public var tables: [ReportTable] {
        sections.flatMap { s -> [ReportTable] in
            switch s.content {
            case .table(let t): [t]
            case .chart(let c): [c.table]
            case .bars(let c): [c.table]
            case .kpis, .progress, .paragraphs: []
            }
        }
    }
}

/// How a page prints on A4.
public enum PrintLayout: String, Sendable, Equatable {
    /// Sections one under another over as many pages as they take.
    case flow
    /// One A4 page: smaller type, sections marked `.half` side by side, `.screenOnly` ones left out.
    case onePage = "one-page"
}

/// The language a page is written in: Chinese or English.
public enum ReportLanguage: String, Sendable, CaseIterable {
    /// `zh` Chinese, `en` English (the raw values are the `--lang` values).
    case zh, en
}

/// A link to another page, shown in the page's link bar.
public struct Link: Sendable, Equatable {
    /// The link text.
    public var title: String
    /// The target, relative to the page.
    public var href: String

    /// A link with its text and target.
    public init(title: String, href: String) {
        self.title = title
        self.href = href
    }
}

/// One titled block of a page: tiles, bars, a chart, a table or paragraphs.
public struct Section: Sendable, Equatable {
    /// What a section shows.
    public enum Content: Sendable, Equatable {
        /// Headline tiles.
        case kpis([KPITile])
        /// One progress bar per target.
        case progress([ProgressBar])
        /// A line chart with its data table.
        case chart(LineChart)
        /// A grouped bar chart with its data table.
        case bars(BarChart)
        /// A table.
        case table(ReportTable)
        /// Plain paragraphs of text.
        case paragraphs([String])
    }

    /// Where a section goes on a one-page print (`PrintLayout.onePage`); other layouts ignore it.
    public enum Style: String, Sendable, Equatable {
        /// The full width.
        case normal
        /// Half the width, beside the next `.half` section.
        case half
        /// On screen only: an appendix the printed page leaves out (its note says where it is).
        case screenOnly = "screen-only"
    }

    /// The section's HTML `id` (its anchor).
    public var id: String
    /// The section heading.
    public var title: String
    /// A note shown under the heading; nil when none.
    public var note: String?
    /// What the section shows.
    public var content: Content
    /// Where it goes on a one-page print.
    public var style: Style

    /// A section; `style` defaults to the full width.
    public init(id: String, title: String, note: String? = nil, content: Content, style: Style = .normal) {
        self.id = id
        self.title = title
        self.note = note
        self.content = content
        self.style = style
    }
}

/// Status classes the renderers colour: achieved / on track / moderate / limited / deterioration / none.
public enum Tone: String, Sendable, Equatable {
    /// The CSS class names; `neutral`: no status to colour.
    case achieved, onTrack = "on-track", moderate, limited, deterioration, neutral
}

/// A headline tile: a label, a big formatted value, and optionally a detail line and a status.
public struct KPITile: Sendable, Equatable {
    /// What the value is (an indicator's name, a file).
    public var label: String
    /// The value as shown, formatted with its unit.
    public var value: String
    /// A line under the value (basis, target, period); nil when none.
    public var detail: String?
    /// The status text (进度符合预期, ⚠ 警示); nil when the tile shows no status.
    public var status: String?
    /// The score as shown beside the status (`得分 3.25`); nil when none.
    public var score: String?
    /// The tile's colour class.
    public var tone: Tone

    /// A tile; only `label` and `value` are required.
    public init(
        label: String, value: String, detail: String? = nil, status: String? = nil, score: String? = nil,
        tone: Tone = .neutral
    ) {
        self.label = label
        self.value = value
        self.detail = detail
        self.status = status
        self.score = score
        self.tone = tone
    }
}

/// One target's progress: a bar for 完成度 with the time-progress markers.
public struct ProgressBar: Sendable, Equatable {
    /// What the bar measures (the indicator's name).
    public var label: String
    /// 0… (1 = target level); drawn clipped to 0…1.2.
    public var completion: Double?
    /// Calendar time progress (elapsed months / 12) of the plan period, 0…1.
    public var calendarMarker: Double?
    /// Seasonal benchmark, 0…1.
    public var seasonalMarker: Double?
    /// The current value as shown, with its unit.
    public var valueText: String
    /// The target as shown (`> 250亿`).
    public var targetText: String
    /// The status text (进度符合预期 …).
    public var status: String
    /// The score as shown beside the status; nil when none.
    public var score: String?
    /// The bar's colour class.
    public var tone: Tone
    /// What the value is and whose figure (`园区统计（全口径）· 2025年全年`); nil: not said.
    public var basis: String? = nil
    /// The change since the quarter before (`较上季 +2家`); nil: not shown.
    public var change: String? = nil

    /// A bar; `basis` and `change` are set afterwards when known.
    public init(
        label: String, completion: Double?, calendarMarker: Double?, seasonalMarker: Double?, valueText: String,
        targetText: String, status: String, score: String?, tone: Tone
    ) {
        self.label = label
        self.completion = completion
        self.calendarMarker = calendarMarker
        self.seasonalMarker = seasonalMarker
        self.valueText = valueText
        self.targetText = targetText
        self.status = status
        self.score = score
        self.tone = tone
    }
}

/// A table: formatted cells for the pages, raw values for CSV.
public struct ReportTable: Sendable, Equatable {
    /// A table column.
    public struct Column: Sendable, Equatable {
        /// The column heading.
        public var title: String
        /// Right-aligned (numbers).
        public var numeric: Bool
        /// Cells kept on one line (ids, dates): they must not wrap inside the cell.
        public var nowrap: Bool
        /// A column; text by default, wrapping allowed.
        public init(_ title: String, numeric: Bool = false, nowrap: Bool = false) {
            self.title = title
            self.numeric = numeric
            self.nowrap = nowrap
        }
    }

    /// One table cell.
    public struct Cell: Sendable, Equatable {
        /// As shown: "237.00", "23.8%".
        public var text: String
        /// As exported: "237.0000002", "0.2378" (nil: the text).
        public var raw: String?
        /// A cell whose CSV value is `raw` (nil: the text).
        public init(_ text: String, raw: String? = nil) {
            self.text = text
            self.raw = raw
        }
    }

    /// File name in `data/` (without `.csv`).
    public var id: String
    /// The table's caption.
    public var title: String
    /// The columns, left to right.
    public var columns: [Column]
    /// The rows, each with one cell per column.
    public var rows: [[Cell]]

    /// A table with its data-file id.
    public init(id: String, title: String, columns: [Column], rows: [[Cell]]) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}

/// A line chart: series over labelled x positions, with an optional horizontal target line.
public struct LineChart: Sendable, Equatable {
    /// How a series' line is drawn.
    public enum Style: String, Sendable, Equatable { case solid, dashed, dotted }

    /// One line of a chart.
    public struct Series: Sendable, Equatable {
        /// The series name shown in the legend.
        public var name: String
        /// How the line is drawn.
        public var style: Style
        /// (x, y): x in the chart's x units (years, possibly fractional).
        public var points: [Point]
        /// A series of points.
        public init(name: String, style: Style, points: [Point]) {
            self.name = name
            self.style = style
            self.points = points
        }
    }

    /// One point: x in the chart's x units (years, possibly fractional), y in the chart's `unit`.
    public struct Point: Sendable, Equatable {
        /// Position on the x axis (years, possibly fractional).
        public var x: Double
        /// The value, in the chart's `unit`.
        public var y: Double
        /// A point.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// The chart's id, used for its element and table.
    public var id: String
    /// The chart's title.
    public var title: String
    /// The chart's `<desc>`: what it shows, in a sentence, for screen readers.
    public var summary: String
    /// The unit of the y values (亿元, %, 家), written above the axis.
    public var unit: String
    /// The lines drawn.
    public var series: [Series]
    /// The target level as a horizontal line, in `unit`; nil: no target line.
    public var targetLine: Double?
    /// The target line's label; nil when none.
    public var targetLabel: String?
    /// The same data as a table, shown next to the chart and exported.
    public var table: ReportTable
    /// Labels along the x axis for x = 0, 1, 2 … (quarter-ends: 1-3月 …), in place of the years; nil: years.
    public var xLabels: [String]?

    /// A chart; `targetLine`, `targetLabel` and `xLabels` are optional.
    public init(
        id: String, title: String, summary: String, unit: String, series: [Series], targetLine: Double? = nil,
        targetLabel: String? = nil, table: ReportTable, xLabels: [String]? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.unit = unit
        self.series = series
        self.targetLine = targetLine
        self.targetLabel = targetLabel
        self.table = table
        self.xLabels = xLabels
    }
}

/// A grouped bar chart: for each category (a year), one bar per series side by side.
public struct BarChart: Sendable, Equatable {
    /// One series: one bar in each category.
    public struct Series: Sendable, Equatable {
        /// The series name shown in the legend.
        public var name: String
        /// One value per category (same order); not negative.
        public var values: [Double]
        /// A series of values.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// The chart's id, used for its element and table.
    public var id: String
    /// The chart's title.
    public var title: String
    /// The chart's `<desc>`: what it shows, in a sentence, for screen readers.
    public var summary: String
    /// The unit of the values (亿元), written above the axis.
    public var unit: String
    /// The category labels along the x axis (years).
    public var categories: [String]
    /// The series, each drawn as one bar per category.
    public var series: [Series]
    /// The same data as a table, shown next to the chart and exported.
    public var table: ReportTable
    /// A second measure of each category on its own scale (拉动 in 个百分点 beside 累计 in 亿元); with
    /// it the chart is drawn a row per category, this measure's bars beside the first's; nil: none.
    public var beside: Beside?

    /// A second measure drawn beside the bars: one value per category, negative ones left of its zero line.
    public struct Beside: Sendable, Equatable {
        /// The measure's name, shown over its bars.
        public var name: String
        /// The unit of its values (个百分点).
        public var unit: String
        /// One value per category (same order); may be negative; nil: none for that category.
        public var values: [Double?]
        /// A measure with its unit and values.
        public init(name: String, unit: String, values: [Double?]) {
            self.name = name
            self.unit = unit
            self.values = values
        }
    }

    /// A bar chart with its data table; `beside` is optional.
    public init(
        id: String, title: String, summary: String, unit: String, categories: [String], series: [Series],
        table: ReportTable, beside: Beside? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.unit = unit
        self.categories = categories
        self.series = series
        self.table = table
        self.beside = beside
    }
}

extension Page {
    /// The page with every table or chart that has no rows replaced by a one-line `note`: an empty
    /// table says nothing a reader can use, and a reader should not have to count its rows.
    public func withoutEmptyTables(note: String) -> Page {
        var page = self
        page.sections = sections.map { s in
            let empty: Bool
            switch s.content {
            case .table(let t): empty = t.rows.isEmpty
            case .chart(let c): empty = c.table.rows.isEmpty
            case .bars(let c): empty = c.table.rows.isEmpty
            case .kpis(let k): empty = k.isEmpty
            case .progress(let p): empty = p.isEmpty
            case .paragraphs(let p): empty = p.isEmpty
            }
            guard empty else { return s }
            return Section(id: s.id, title: s.title, content: .paragraphs([note]), style: s.style)
        }
        return page
    }
}
