import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// A dataset without parks.csv: the 所属园区 names of enterprises.csv become the parks.
struct ParksFromEnterprisesTests {
    /// Five enterprises in three parks (two named in Chinese, one in ASCII), one outside any park.
    static let enterprises = """
        统一社会信用代码,企业名称,所属区,所属园区
        \(Codes.a),甲公司,浦东新区,临港数据安全产业园
        \(Codes.b),乙公司,浦东新区,临港数据安全产业园
        \(Codes.c),丙公司,静安区,市北高新园
        \(Codes.d),丁公司,普陀区,市北高新园
        \(Codes.f),戊公司,徐汇区,Zhangjiang Hi-Tech Park
        91510107MA6C5X8K2A,己公司,徐汇区,

        """

    @Test func namesBecomeParks() throws {
        let ds = try TempDataset(["enterprises.csv": Self.enterprises, "revenue.csv": minimalRevenue])
        let (dataset, report) = try ds.load()
        // FNV-1a (32 bits) of the UTF-8 names, computed outside Swift.
        #expect(
            dataset.parks == [
                Park(id: "park-5c08fb68", name: "临港数据安全产业园", district: "浦东新区"),
                Park(id: "park-d72251a7", name: "市北高新园", district: nil),  // 静安区 and 普陀区 disagree
                Park(id: "zhangjiang-hi-tech-park", name: "Zhangjiang Hi-Tech Park", district: "徐汇区")
            ])
        #expect(
            dataset.enterprises.map(\.park) == [
                "park-5c08fb68", "park-5c08fb68", "park-d72251a7", "park-d72251a7",
                "zhangjiang-hi-tech-park", nil
            ])
        #expect(
            briefs(report, file: "enterprises.csv") == [
                "enterprises.csv:0:0: warning: no parks.csv: 3 parks made from the 所属园区 names (临港数据安全产业园 → park-5c08fb68, 2 firms; 市北高新园 → park-d72251a7, 2 firms; Zhangjiang Hi-Tech Park → zhangjiang-hi-tech-park, 1 firm); district only where all of a park's enterprises agree, no level"
            ])
        #expect(summary(report, "enterprises.csv")?.warnings == 1)
        #expect(report.exitStatus == 0)
    }

    /// park_stats.csv and milestones.csv may then name the made parks, by name or by id.
    @Test func otherTablesFindTheMadeParks() throws {
        let ds = try TempDataset([
            "enterprises.csv": Self.enterprises, "revenue.csv": minimalRevenue,
            "park_stats.csv": "园区,统计期,营业收入(亿元)\n临港数据安全产业园,2023Q1,1\npark-d72251a7,2023Q1,2\n",
            "milestones.csv": "kind,name,date,park\ncluster,临港集群,2023-06-15,临港数据安全产业园\n"
        ])
        let (dataset, report) = try ds.load()
        #expect(dataset.parkStats.map(\.park) == ["park-5c08fb68", "park-d72251a7"])
        #expect(dataset.milestones.map(\.park) == ["park-5c08fb68"])
        #expect(report.errors == 0)
    }

    /// With a parks.csv nothing is made: unknown names are warned about and dropped, as before.
    @Test func aParksFileIsTheRegistry() throws {
        let ds = try TempDataset([
            "enterprises.csv": Self.enterprises, "revenue.csv": minimalRevenue,
            "parks.csv": "id,name\nLG,临港数据安全产业园\n"
        ])
        let (dataset, report) = try ds.load()
        #expect(dataset.parks.map(\.id) == ["LG"])
        #expect(dataset.enterprises.map(\.park) == ["LG", "LG", nil, nil, nil, nil])
        #expect(briefs(report).filter { $0.contains("park is not in parks.csv") }.count == 3)
    }

    @Test func noParkNamesNoParksNoWarning() throws {
        let (dataset, report) = try TempDataset(["enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue])
            .load()
        #expect(dataset.parks.isEmpty)
        #expect(briefs(report, file: "enterprises.csv").isEmpty)
    }

    @Test func idsAreStableAsciiAndUnique() {
        #expect(ParkNameID.id(for: "临港数据安全产业园") == "park-5c08fb68")
        #expect(ParkNameID.id(for: "青浦ICT供应链安全产业园").hasPrefix("park-"))
        #expect(ParkNameID.id(for: "PT-DEMO") == "PT-DEMO")
        #expect(
            ParkNameID.ids(for: ["A Park", "a-park", "临港数据安全产业园"], avoiding: ["park-5c08fb68"])
                == ["a-park", "a-park-2", "park-5c08fb68-2"])
        for name in ["../../etc", "临港", "x y z", String(repeating: "长", count: 300)] {
            let id = ParkNameID.id(for: name)
            #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }, "\(id)")
        }
    }
}
