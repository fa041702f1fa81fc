import Foundation

/// The files of a dataset folder, found by name (see README, "Dataset contract").
public struct DatasetFiles: Sendable, Equatable {
    public var enterprises: String?
    /// `revenue.csv`, `revenue_2023.csv`, `revenue-临港.csv` …, in name order.
    public var revenue: [String] = []
    public var parks: String?
    public var parkStats: String?
    public var series: String?
    public var milestones: String?
    /// The grants ledger and its payments (optional).
    public var grants: String?
    public var grantPayments: String?
    /// CSV files in the folder that are no table of the contract.
    public var unrecognised: [String] = []

    /// Lists `folder`; throws when it cannot be read.
    public init(folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        for name in names {
            let lower = name.lowercased()
            guard lower.hasSuffix(".csv") else { continue }
            let stem = String(lower.dropLast(4))
            let path = (folder as NSString).appendingPathComponent(name)
            switch stem {
            case "enterprises": enterprises = path
            case "parks": parks = path
            case "park_stats", "park-stats": parkStats = path
            case "series": series = path
            case "milestones": milestones = path
            case "grants": grants = path
            case "grant_payments", "grant-payments": grantPayments = path
            default:
                if stem.hasPrefix("revenue") { revenue.append(path) } else { unrecognised.append(path) }
            }
        }
    }
}
