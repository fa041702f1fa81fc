import PlanGaugeModel
import PlanGaugeRecords

/// Typed access to the cells of one record, collecting a diagnostic for each cell that fails.
/// A row with any error is rejected; warnings leave it accepted.
struct RowReader<Column: TableColumn> {
    let record: CSVRecord
    /// What every row of a chunk shares, in one object: a row costs one reference, not five.
    let context: RowContext<Column>
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var hasError = false

    init(record: CSVRecord, context: RowContext<Column>) {
        self.record = record
        self.context = context
    }

    init(record: CSVRecord, header: ResolvedHeader<Column>, decoder: TextDecoder, file: String, caches: ParseCaches) {
        self.record = record
        context = RowContext(header: header, decoder: decoder, file: file, caches: caches)
    }

    var header: ResolvedHeader<Column> { context.header }
    var decoder: TextDecoder { context.decoder }
    var file: String { context.file }
    var caches: ParseCaches { context.caches }

    var line: Int { record.line }

    mutating func error(_ column: Column?, _ message: String, value: String? = nil, expected: String? = nil) {
        add(column, .error, message, value: value, expected: expected)
    }

    mutating func warning(_ column: Column?, _ message: String, value: String? = nil, expected: String? = nil) {
        add(column, .warning, message, value: value, expected: expected)
    }

    private mutating func add(
        _ column: Column?, _ severity: Diagnostic.Severity, _ message: String,
        value: String?, expected: String?
    ) {
        let position = column.flatMap { header[$0] }.map { $0 + 1 } ?? 0
        let label = column.map { "\($0.englishName): " } ?? ""
        diagnostics.append(
            Diagnostic(
                file: file, line: record.line, column: position, severity: severity,
                message: label + message, value: value, expected: expected))
        if severity == .error { hasError = true }
    }

    /// Whether the cell holds exactly these bytes (false when either is missing).
    func cell(_ column: Column, equals bytes: [UInt8]?) -> Bool {
        guard let bytes, let i = header[column] else { return false }
        return record[i].elementsEqual(bytes)
    }

    /// The cell's bytes as written, valid while the row is (nil when the file has no such column).
    func cellBytes(_ column: Column) -> ByteView? {
        header[column].map { record[$0] }
    }

    /// The cell's bytes as written (nil when the file has no such column).
    func rawBytes(_ column: Column) -> [UInt8]? {
        header[column].map { record[$0].array }
    }

    /// The decoded, trimmed text of a column; nil when the column is absent or the cell is empty.
    /// An empty required cell is an error unless `emptyMeansNoData` (amounts: empty is "no data").
    mutating func text(_ column: Column, emptyMeansNoData: Bool = false) -> String? {
        guard let i = header[column] else { return nil }
        let bytes = record[i]
        if bytes.isEmpty {
            if column.isRequired && !emptyMeansNoData { error(column, "required value is empty") }
            return nil
        }
        guard let s = decoder.decode(bytes) else {
            error(
                column, "bytes are not valid \(decoder.encoding.rawValue) text",
                value: bytes.utf8Text,
                expected: "text in the file's encoding (use --encoding to override detection)")
            return nil
        }
        var text = s
        if CellText.mayHoldControlOrBOM(bytes) {  // rare: look closer only then
            if let control = CellText.firstControlCharacter(text) {
                // NUL and the like never belong in a cell: a damaged file, or UTF-16 read as bytes.
                error(
                    column,
                    "control character U+\(CellText.hex(control)) in the value; the file is damaged or is not UTF-8 or GB18030 text",
                    value: text, expected: "text without control characters (tabs and line breaks are allowed)")
                return nil
            }
            if text.unicodeScalars.contains("\u{FEFF}") {
                // A byte-order mark inside the data: files saved with a BOM were joined. It is invisible
                // and means nothing, so it is dropped (with a warning) rather than making 18 characters 19.
                warning(
                    column,
                    "invisible byte-order mark (U+FEFF) removed from the value; files saved with a BOM were probably joined",
                    value: text)
                text.unicodeScalars.removeAll { $0 == "\u{FEFF}" }
            }
        }
        let t = CellText.trimmed(text)
        if t.isEmpty {
            if column.isRequired && !emptyMeansNoData { error(column, "required value is empty") }
            return nil
        }
        return String(t)
    }

    /// An amount; nil for "no data" (`-`, `—`, `…` or empty, as statistics tables write it), which is no error even
    /// in a required column.
    mutating func amount(_ column: Column, nonNegative: Bool = true) -> Amount? {
        // Most cells of a large file are plain numbers: read them from the bytes.
        if let i = header[column], let n = FastNumber.parse(record[i]), n.significand >= 0 || !nonNegative,
            let a = FastNumber.amount(n, unit: header.unit[column.rawValue] ?? .wan)
        {
            return a
        }
        guard let raw = text(column, emptyMeansNoData: true) else { return nil }
        switch AmountCell.parse(raw, defaultUnit: header.unit[column.rawValue] ?? .wan) {
        case .missing:
            return nil
        case .value(let a):
            if nonNegative && a.fen < 0 {
                error(column, "cannot be negative", value: raw, expected: "0 or more"); return nil
            }
            return a
        case .rounded(let a):
            warning(
                column, "more decimals than whole 分; rounded half away from zero to \(a.formatted(in: .yuan)) 元",
                value: raw)
            if nonNegative && a.fen < 0 {
                error(column, "cannot be negative", value: raw, expected: "0 or more"); return nil
            }
            return a
        case .invalid(let reason):
            error(column, reason, value: raw, expected: AmountCell.expected)
            return nil
        }
    }

    mutating func count(_ column: Column) -> Int? {
        if let i = header[column], let n = FastNumber.parse(record[i]), n.scale == 0, n.significand >= 0,
            n.significand <= Int64(Int32.max)
        {
            return Int(n.significand)
        }
        guard let raw = text(column) else { return nil }
        switch CountCell.parse(raw) {
        case .success(let n): return n
        case .failure(let p): error(column, p.reason, value: raw, expected: CountCell.expected); return nil
        }
    }

    mutating func date(_ column: Column) -> CalendarDate? {
        guard let raw = text(column) else { return nil }
        switch DateCell.parse(raw) {
        case .success(let d):
            if d == nil && column.isRequired {
                error(column, "required date is missing", value: raw, expected: DateCell.expected)
            }
            return d
        case .failure(let p): error(column, p.reason, value: raw, expected: DateCell.expected); return nil
        }
    }

    mutating func basis(_ column: Column) -> Basis? {
        if let i = header[column], let key = ShortBytes(record[i]) {
            let caches = self.caches
            if let last = caches.lastBasis, last.key == key { return last.value }
            if let cached = caches.bases[key] { caches.lastBasis = (key, cached); return cached }
        }
        guard let raw = text(column) else { return nil }
        switch BasisCell.parse(raw) {
        case .success(let b):
            if let i = header[column], let key = ShortBytes(record[i]) { caches.bases[key] = b }
            return b
        case .failure(let p): error(column, p.reason, value: raw, expected: BasisCell.expected); return nil
        }
    }

    mutating func periodLabel(_ column: Column) -> PeriodLabel? {
        // Labels repeat on every row: remember each by its bytes (in the file's encoding).
        // Files run period by period: the previous row's label is compared before any hashing.
        let key = header[column].flatMap { ShortBytes(record[$0]) }
        if let key {
            let caches = self.caches
            if let last = caches.lastPeriod, last.key == key { return last.value }
            if let cached = caches.periods[key] { caches.lastPeriod = (key, cached); return cached }
        }
        guard let raw = text(column) else { return nil }
        guard let label = PeriodLabel(raw) else {
            error(column, "not a period", value: raw, expected: PeriodLabel.expectedForms)
            return nil
        }
        if let key { caches.periods[key] = label }
        return label
    }

    mutating func uscc(_ column: Column) -> USCC? {
        // Eighteen bytes of the alphabet with the right check character (nearly every code): read
        // from the bytes as written, which are ASCII in either encoding. Anything else, the long way.
        if let i = header[column], case .success(let id)? = record[i].withSpan(USCC.plain) { return id }
        let key = header[column].flatMap { ShortBytes(record[$0]) }
        if let key, let cached = caches.usccs[key] { return cached }
        guard let raw = text(column) else { return nil }
        switch USCC.validate(raw) {
        case .success(let id):
            if let key { caches.usccs[key] = id }
            return id
        case .failure(let problem):
            error(column, problem.message, value: raw, expected: problem.expected)
            return nil
        }
    }

    mutating func decimal(_ column: Column) -> ExactDecimal? {
        guard let raw = text(column) else { return nil }
        let t = CellText.halfWidth(raw)
        if CellText.isMissing(t) {
            if column.isRequired { error(column, "required value says no data", value: raw) }
            return nil
        }
        guard let d = AmountCell.parseNumber(Substring(t)) else {
            let reason =
                AmountCell.isScientific(Substring(t))
                ? "scientific notation loses digits; format the column as a plain number"
                : "not a number"
            error(column, reason, value: raw, expected: "a number such as 2232, 12.4 or 1,234.5")
            return nil
        }
        return d
    }
}

/// The header, decoder, file name and caches the rows of one chunk share.
final class RowContext<Column: TableColumn> {
    let header: ResolvedHeader<Column>
    let decoder: TextDecoder
    let file: String
    let caches: ParseCaches

    init(header: ResolvedHeader<Column>, decoder: TextDecoder, file: String, caches: ParseCaches) {
        self.header = header
        self.decoder = decoder
        self.file = file
        self.caches = caches
    }
}

/// Per-file memo of parsed cells that repeat across rows (ids, period labels).
final class ParseCaches {
    var periods = FastTable<ShortBytes, PeriodLabel>()
    var usccs = FastTable<ShortBytes, USCC>()
    var bases = FastTable<ShortBytes, Basis>()
    /// The last cell found in `periods` and in `bases`, tried first.
    var lastPeriod: (key: ShortBytes, value: PeriodLabel)?
    var lastBasis: (key: ShortBytes, value: Basis)?
}

extension USCC.Problem {
    var message: String {
        switch self {
        case .length(let n): "a 统一社会信用代码 has 18 characters, this has \(n)"
        case .character(let c, let position): "character «\(c)» at position \(position) is not allowed in a 统一社会信用代码"
        case .lowercase: "a 统一社会信用代码 is written in capitals"
        case .checkCharacter(let found, let expected):
            "check character is «\(found)» but the first 17 characters give «\(expected)»"
        }
    }

    var expected: String {
        switch self {
        case .checkCharacter(_, let expected): "check character «\(expected)» (GB 32100-2015)"
        case .lowercase: "the same code in capital letters"
        default: "18 characters from 0-9 and A-Y without I, O, S, V, Z, e.g. 91350100M000100Y43"
        }
    }
}
