/// A report page as plain values: what the HTML and Markdown renderers draw and the CSV exporter
/// writes. Builders fill it from assessments; nothing in here computes a statistic.
public struct Page: Sendable, Equatable {
    public var language: ReportLanguage
    public var title: String
    /// Lines under the title: document number, periods, data as-of.
    public var meta: [String]
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

    public init(language: ReportLanguage, title: String, meta: [String] = [], sections: [Section] = [], links: [Link] = [],
                csvPrefix: String? = nil, root: String = "") {
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

public enum ReportLanguage: String, Sendable, CaseIterable {
    case zh, en
}

public struct Link: Sendable, Equatable {
    public var title: String
    public var href: String

    public init(title: String, href: String) {
        self.title = title
        self.href = href
    }
}

public struct Section: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case kpis([KPITile])
        case progress([ProgressBar])
        case chart(LineChart)
        case bars(BarChart)
        case table(ReportTable)
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

    public var id: String
    public var title: String
    public var note: String?
    public var content: Content
    public var style: Style

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
    case achieved, onTrack = "on-track", moderate, limited, deterioration, neutral
}

public struct KPITile: Sendable, Equatable {
    public var label: String
    public var value: String
    public var detail: String?
    public var status: String?
    public var score: String?
    public var tone: Tone

    public init(label: String, value: String, detail: String? = nil, status: String? = nil, score: String? = nil, tone: Tone = .neutral) {
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
    public var label: String
    /// 0… (1 = target level); drawn clipped to 0…1.2.
    public var completion: Double?
    /// Calendar time progress (elapsed months / 12) of the plan period, 0…1.
    public var calendarMarker: Double?
    /// Seasonal benchmark, 0…1.
    public var seasonalMarker: Double?
    public var valueText: String
    public var targetText: String
    public var status: String
    public var score: String?
    public var tone: Tone
    /// What the value is and whose figure (`园区统计（全口径）· 2025年全年`); nil: not said.
    public var basis: String? = nil
    /// The change since the quarter before (`较上季 +2家`); nil: not shown.
    public var change: String? = nil

    public init(label: String, completion: Double?, calendarMarker: Double?, seasonalMarker: Double?, valueText: String,
                targetText: String, status: String, score: String?, tone: Tone) {
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
    public struct Column: Sendable, Equatable {
        public var title: String
        public var numeric: Bool
        /// Cells kept on one line (ids, dates): they must not wrap inside the cell.
        public var nowrap: Bool
        public init(_ title: String, numeric: Bool = false, nowrap: Bool = false) {
            self.title = title
            self.numeric = numeric
            self.nowrap = nowrap
        }
    }

    public struct Cell: Sendable, Equatable {
        /// As shown: "237.00", "23.8%".
        public var text: String
        /// As exported: "237.0000002", "0.2378" (nil: the text).
        public var raw: String?
        public init(_ text: String, raw: String? = nil) {
            self.text = text
            self.raw = raw
        }
    }

    /// File name in `data/` (without `.csv`).
    public var id: String
    public var title: String
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(id: String, title: String, columns: [Column], rows: [[Cell]]) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}

/// A line chart: series over labelled x positions, with an optional horizontal target line.
public struct LineChart: Sendable, Equatable {
    public enum Style: String, Sendable, Equatable { case solid, dashed, dotted }

    public struct Series: Sendable, Equatable {
        public var name: String
        public var style: Style
        /// (x, y): x in the chart's x units (years, possibly fractional).
        public var points: [Point]
        public init(name: String, style: Style, points: [Point]) {
            self.name = name
            self.style = style
            self.points = points
        }
    }

    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    public var id: String
    public var title: String
    /// The chart's `<desc>`: what it shows, in a sentence, for screen readers.
    public var summary: String
    public var unit: String
    public var series: [Series]
    public var targetLine: Double?
    public var targetLabel: String?
    /// The same data as a table, shown next to the chart and exported.
    public var table: ReportTable

    public init(id: String, title: String, summary: String, unit: String, series: [Series], targetLine: Double? = nil,
                targetLabel: String? = nil, table: ReportTable) {
        self.id = id
        self.title = title
        self.summary = summary
        self.unit = unit
        self.series = series
        self.targetLine = targetLine
        self.targetLabel = targetLabel
        self.table = table
    }
}

/// A grouped bar chart: for each category (a year), one bar per series side by side.
public struct BarChart: Sendable, Equatable {
    public struct Series: Sendable, Equatable {
        public var name: String
        /// One value per category (same order); not negative.
        public var values: [Double]
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    public var id: String
    public var title: String
    /// The chart's `<desc>`: what it shows, in a sentence, for screen readers.
    public var summary: String
    public var unit: String
    public var categories: [String]
    public var series: [Series]
    /// The same data as a table, shown next to the chart and exported.
    public var table: ReportTable

    public init(id: String, title: String, summary: String, unit: String, categories: [String], series: [Series], table: ReportTable) {
        self.id = id
        self.title = title
        self.summary = summary
        self.unit = unit
        self.categories = categories
        self.series = series
        self.table = table
    }
}
