import Foundation
import PlanGaugeRecords

/// The files of a dataset folder, found by name (PlanGaugeIngest.docc, "Dataset contract").
///
/// A table may come as CSV (`revenue_2024.csv`) or as an Excel workbook (`revenue_2024.xlsx`);
/// both go through the same reading. Files a table's name but a format that cannot be read
/// (`.xls`, `.et`, `.docx` …) are listed with what to do, and every other file is listed as ignored.
public struct DatasetFiles: Sendable, Equatable {
    /// The path of the enterprises table (required); nil when the folder has none.
    public var enterprises: String?
    /// `revenue.csv`, `revenue_2023.xlsx`, `revenue-临港.csv` …, in name order.
    public var revenue: [String] = []
    /// The path of the parks table, if any.
    public var parks: String?
    /// The path of the park offices' figures (`park_stats`), if any.
    public var parkStats: String?
    /// The path of the outside series table, if any.
    public var series: String?
    /// The path of the milestones table, if any.
    public var milestones: String?
    /// The enterprises' tag history (optional).
    public var tags: String?
    /// When each enterprise was in which park (optional).
    public var parkMembers: String?
    /// The grants ledger and its payments (optional).
    public var grants: String?
    /// The path of the grant payments table (`grant_payments`), if any.
    public var grantPayments: String?
    /// English for the dataset's Chinese names (optional, `glossary.csv`).
    public var glossary: String?
    /// What the dataset is (`dataset.yaml`), if the folder says.
    public var manifest: String?
    /// The log of revised figures (`revisions.csv`, written by `merge --accept-revisions`), if any.
    public var revisions: String?
    /// Files in the folder that are no table of the contract (any type; hidden files, Excel's
    /// `~$` lock files, folders and `merge`'s log `merges.csv` are left out).
    public var unrecognised: [String] = []
    /// Files named for a table in a format that is not read, with the reason.
    public var unreadable: [(path: String, reason: String)] = []
    /// A second file for a table that takes one (`enterprises.csv` beside `enterprises.xlsx`): the
    /// first in name order is read, these are not.
    public var duplicates: [(path: String, kept: String)] = []

    /// The extensions read as tables.
    public static let tableExtensions: Set<String> = ["csv", "xlsx", "xlsm"]

    /// Lists `folder`; throws when it cannot be read.
    public init(folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        for name in names {
            if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
            // `merge`'s own log of how the dataset came to be: no table, and no stranger.
            if name.lowercased() == "merges.csv" { continue }
            if ["dataset.yaml", "dataset.yml"].contains(name.lowercased()) {
                manifest = keep(manifest, (folder as NSString).appendingPathComponent(name))
                continue
            }
            let path = (folder as NSString).appendingPathComponent(name)
            let ext = (name as NSString).pathExtension.lowercased()
            // A folder is no file of the dataset (plans/, policies/ …), unless it is named like a
            // table, which the reader then reports as no regular file.
            guard let isFolder = FileKind.isFolder(path) else { continue }
            if isFolder && !Self.tableExtensions.contains(ext) { continue }
            let stem = ((name as NSString).deletingPathExtension).lowercased()
            let table = Self.table(ofStem: stem)
            guard Self.tableExtensions.contains(ext) else {
                if table != nil, let reason = Self.unreadableReason(ext) {
                    unreadable.append((path, reason))
                } else {
                    unrecognised.append(path)
                }
                continue
            }
            switch table {
            case "enterprises": enterprises = keep(enterprises, path)
            case "parks": parks = keep(parks, path)
            case "park_stats": parkStats = keep(parkStats, path)
            case "series": series = keep(series, path)
            case "milestones": milestones = keep(milestones, path)
            case "tags": tags = keep(tags, path)
            case "park_members": parkMembers = keep(parkMembers, path)
            case "grants": grants = keep(grants, path)
            case "grant_payments": grantPayments = keep(grantPayments, path)
            case "glossary": glossary = keep(glossary, path)
            case "revisions": revisions = keep(revisions, path)
            case "revenue": revenue.append(path)
            default: unrecognised.append(path)
            }
        }
    }

    /// The file a one-file table keeps: the first found (a later one is listed as a duplicate).
    private mutating func keep(_ slot: String?, _ path: String) -> String {
        guard let kept = slot else { return path }
        duplicates.append((path, kept))
        return kept
    }

    /// The table a file stem names, or nil.
    static func table(ofStem stem: String) -> String? {
        switch stem {
        case "enterprises": "enterprises"
        case "parks": "parks"
        case "park_stats", "park-stats": "park_stats"
        case "series": "series"
        case "milestones": "milestones"
        case "tags", "enterprise_tags", "enterprise-tags": "tags"
        case "park_members", "park-members", "park_membership", "park-membership": "park_members"
        case "grants": "grants"
        case "grant_payments", "grant-payments": "grant_payments"
        case "glossary": "glossary"
        case "revisions": "revisions"
        default: stem.hasPrefix("revenue") ? "revenue" : nil
        }
    }

    static func unreadableReason(_ ext: String) -> String? {
        switch ext {
        case "xls":
            "an Excel 97–2003 workbook (.xls), which is not read; open it in Excel or WPS and save it as .xlsx (Excel 工作簿) or CSV"
        case "et", "ett": "a WPS spreadsheet (.et), which is not read; save it as .xlsx or CSV"
        case "ods": "an OpenDocument spreadsheet (.ods), which is not read; save it as .xlsx or CSV"
        case "numbers": "a Numbers spreadsheet, which is not read; export it as .xlsx or CSV"
        case "doc", "docx", "wps", "pdf", "txt", "rtf":
            "a document, not a table; put the table in a .xlsx workbook or a CSV file"
        default: nil
        }
    }

    /// Same files found, comparing unreadable and duplicate files by path only.
    public static func == (a: DatasetFiles, b: DatasetFiles) -> Bool {
        a.enterprises == b.enterprises && a.revenue == b.revenue && a.parks == b.parks && a.parkStats == b.parkStats
            && a.series == b.series && a.milestones == b.milestones && a.tags == b.tags
            && a.parkMembers == b.parkMembers && a.grants == b.grants && a.grantPayments == b.grantPayments
            && a.glossary == b.glossary && a.revisions == b.revisions && a.manifest == b.manifest
            && a.unrecognised == b.unrecognised && a.unreadable.map(\.path) == b.unreadable.map(\.path)
            && a.duplicates.map(\.path) == b.duplicates.map(\.path)
    }
}
