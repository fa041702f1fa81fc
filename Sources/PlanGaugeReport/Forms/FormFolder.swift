import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeRecords

/// The file format of the forms.
public enum FormFormat: String, Sendable, CaseIterable {
    /// An Excel workbook with locked pre-filled cells, validated inputs and a 填报说明 sheet.
    case xlsx
    /// GB18030 CSV without a BOM: the same header and rows, nothing else.
    case csv
}

/// What the forms say beside the roster: when they are due, whom to call, and the creation time
/// stamped in each workbook (so the same inputs give the same bytes).
public struct FormDetails: Sendable, Equatable {
    /// The day the forms are due back (the 填报说明 sheet says it), if given.
    public var deadline: CalendarDate?
    /// Whom to call with questions (office, name, telephone), if given.
    public var contact: String?
    /// Seconds since 1970 (UTC).
    public var created: Int64

    /// The details as given.
    public init(deadline: CalendarDate? = nil, contact: String? = nil, created: Int64) {
        self.deadline = deadline
        self.contact = contact
        self.created = created
    }
}

/// Writes a `FormSet` as one file per form into an output folder, replaced as a whole like the
/// other outputs (`FolderPublisher`: only a folder PlanGauge made for forms, an empty one or a new one).
public enum FormFolder {
    /// One file written: its name in the folder, who it is for and how many enterprises it lists.
    public struct Written: Sendable, Equatable {
        /// The file's name in the folder.
        public var name: String
        /// Whom the form is for.
        public var unit: String
        /// How many enterprises it lists.
        public var rows: Int
    }

    /// The file name of each form, in the set's order: `2025Q4_浦东新区.xlsx`, `2025Q4_PT-DEMO.xlsx`,
    /// `2025Q4_913101060028JBEYYY.xlsx`. Characters Windows refuses in names become `_`; a name
    /// taken twice (two districts spelt apart only by such characters) gets `-2`, `-3` …
    public static func fileNames(_ set: FormSet, format: FormFormat) -> [String] {
        var taken: Set<String> = []
        return set.forms.map { form in
            let stem = "\(set.period)_" + safeName(FormText.fileKey(form.unit, grouping: set.grouping))
            var name = "\(stem).\(format.rawValue)"
            var n = 2
            while !taken.insert(name.lowercased()).inserted {
                name = "\(stem)-\(n).\(format.rawValue)"
                n += 1
            }
            return name
        }
    }

    /// Replaces the folder at `out` with the forms; returns what was written, in the set's order.
    @discardableResult
    public static func write(
        _ set: FormSet, format: FormFormat, details: FormDetails, to out: String,
        lockWait: Double = FolderPublisher.defaultLockWait
    ) throws -> [Written] {
        let names = fileNames(set, format: format)
        try FolderPublisher.replace(out, kind: .forms, lockWait: lockWait) { folder in
            for (form, name) in zip(set.forms, names) {
                try writeForm(form, of: set, format: format, details: details, to: folder + "/" + name)
            }
        }
        return zip(set.forms, names).map { form, name in
            Written(name: name, unit: FormText.unitName(form.unit, grouping: set.grouping), rows: form.rows.count)
        }
    }

    private static func writeForm(
        _ form: FormSet.Form, of set: FormSet, format: FormFormat, details: FormDetails, to path: String
    ) throws {
        switch format {
        case .xlsx:
            do {
                try FormWorkbook(
                    set: set, form: form, deadline: details.deadline, contact: details.contact,
                    created: details.created
                ).write(to: path)
            } catch let e as XLSXWriteError {
                throw PublishError.cannotCreate(path: e.path, reason: "libxlsxwriter: " + e.message)
            }
        case .csv:
            do {
                try PublishFiles.write(try FormCSV.bytes(set, form), to: path)
            } catch FormCSVError.cannotEncode {
                throw PublishError.cannotCreate(
                    path: path, reason: "the text cannot be encoded as GB18030 (no iconv converter on this system)")
            }
        }
    }

    /// A name part Windows accepts: `\ / : * ? " < > |` and control characters become `_`, and
    /// leading or trailing spaces and dots are dropped.
    static func safeName(_ s: String) -> String {
        let mapped = String(
            s.unicodeScalars.map { c -> Character in
                c.value < 0x20 || "\\/:*?\"<>|".unicodeScalars.contains(c) ? "_" : Character(c)
            })
        let trimmed = mapped.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        return trimmed.isEmpty ? "_" : trimmed
    }
}
