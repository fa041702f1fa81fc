/// The columns of each table of the dataset contract (PlanGaugeIngest.docc, "Dataset contract").

enum EnterpriseColumn: Int, TableColumn {
    case id, name, district, park, segment, tags, founded, creditFlags, parkFrom, parkTo, exited, arrived

    var names: [String] {
        switch self {
        case .id: ["id", "统一社会信用代码", "信用代码", "uscc"]
        case .name: ["name", "企业名称", "名称"]
        case .district: ["district", "所属区", "区", "所在区"]
        case .park: ["park", "所属园区", "园区"]
        // The park's dates: the day the firm moved in, the day it moved out (see `ParkSpan`).
        case .parkFrom: ["park_from", "入驻日期", "迁入日期", "入园日期", "入驻时间"]
        case .parkTo: ["park_to", "迁出日期", "退园日期", "迁出时间"]
        case .segment: ["segment", "细分领域", "领域"]
        case .tags: ["tags", "企业标签", "标签"]
        case .founded: ["founded", "成立日期", "成立时间"]
        // The day the firm was brought into the district (新引进), optional: not 迁入日期 (a park's).
        case .arrived: ["arrived", "引进日期", "落户日期", "引进时间", "落户时间"]
        case .creditFlags: ["credit_flags", "信用记录", "失信记录"]
        // The day the firm left the roster (not a move between parks: that is park_to / 迁出日期).
        case .exited: ["exited", "退出日期", "注销日期", "停止监测日期", "退出时间", "注销时间"]
        }
    }

    var isRequired: Bool { self == .id || self == .name }
}

enum RevenueColumn: Int, TableColumn {
    case id, name, period, basis, revenue, industryRevenue, marketCap, rdExpense, employees

    var names: [String] {
        switch self {
        case .id: ["id", "统一社会信用代码", "信用代码", "uscc"]
        case .name: ["name", "企业名称", "名称"]
        case .period: ["period", "统计期", "报告期", "期间"]
        case .basis: ["basis", "口径"]
        case .revenue: ["revenue", "营业收入", "营收"]
        case .industryRevenue: ["industry_revenue", "产业收入", "网络安全收入"]
        case .marketCap: ["market_cap", "市值", "总市值"]
        case .rdExpense: ["rd_expense", "研发投入", "研发费用"]
        case .employees: ["employees", "从业人员", "从业人数", "员工人数"]
        }
    }

    var isRequired: Bool { self == .id || self == .period || self == .revenue }
    var isAmount: Bool { [.revenue, .industryRevenue, .marketCap, .rdExpense].contains(self) }
}

enum ParkColumn: Int, TableColumn {
    case id, name, district, level, recognized, nameEn

    var names: [String] {
        switch self {
        case .id: ["id", "园区编号", "编号"]
        case .name: ["name", "园区名称", "名称"]
        case .nameEn: ["name_en", "英文名称", "english"]
        case .district: ["district", "所属区", "区"]
        case .level: ["level", "级别"]
        case .recognized: ["recognized", "认定日期", "认定时间"]
        }
    }

    var isRequired: Bool { self == .id || self == .name }
}

enum ParkStatColumn: Int, TableColumn {
    case park, period, basis, firms, revenue, employees

    var names: [String] {
        switch self {
        case .park: ["park", "园区", "园区编号"]
        case .period: ["period", "统计期", "报告期", "期间"]
        // The revenue figure's 口径, as in the revenue files (当期 or 累计); counts are at the period's end.
        case .basis: ["basis", "口径"]
        case .firms: ["firms", "入驻企业数", "企业数"]
        case .revenue: ["revenue", "营业收入"]
        case .employees: ["employees", "从业人员", "从业人数"]
        }
    }

    var isRequired: Bool { self == .park || self == .period }
    var isAmount: Bool { self == .revenue }
}

enum SeriesColumn: Int, TableColumn {
    case series, period, value, unit, source

    var names: [String] {
        switch self {
        case .series: ["series", "指标", "指标名称"]
        case .period: ["period", "统计期", "报告期"]
        case .value: ["value", "数值", "值"]
        case .unit: ["unit", "单位"]
        case .source: ["source", "来源", "数据来源"]
        }
    }

    var isRequired: Bool { self == .series || self == .period || self == .value }
}

enum MilestoneColumn: Int, TableColumn {
    case kind, name, date, district, park

    var names: [String] {
        switch self {
        case .kind: ["kind", "类别", "类型"]
        case .name: ["name", "名称"]
        case .date: ["date", "日期"]
        case .district: ["district", "所属区", "区"]
        case .park: ["park", "园区"]
        }
    }

    var isRequired: Bool { self == .kind || self == .name || self == .date }
}

/// tags.csv: when each enterprise held each tag (a 小巨人 list, a 专精特新 recognition with its term).
enum TagColumn: Int, TableColumn {
    case enterprise, name, tag, from, to, source

    var names: [String] {
        switch self {
        case .enterprise: ["enterprise", "id", "统一社会信用代码", "信用代码", "uscc"]
        case .name: ["name", "企业名称", "名称"]
        case .tag: ["tag", "标签", "企业标签", "称号", "认定类别"]
        case .from: ["from", "起始日期", "认定日期", "生效日期", "认定时间"]
        case .to: ["to", "截止日期", "有效期至", "到期日期", "失效日期"]
        case .source: ["source", "来源", "文号", "认定文件", "依据"]
        }
    }

    var isRequired: Bool { self == .enterprise || self == .tag }
}

/// park_members.csv: when each enterprise was in which park (a move between parks is two rows).
enum ParkMemberColumn: Int, TableColumn {
    case enterprise, name, park, from, to

    var names: [String] {
        switch self {
        case .enterprise: ["enterprise", "id", "统一社会信用代码", "信用代码", "uscc"]
        case .name: ["name", "企业名称", "名称"]
        case .park: ["park", "园区", "所属园区", "园区编号", "园区名称"]
        case .from: ["from", "入驻日期", "迁入日期", "入园日期", "入驻时间", "起始日期"]
        case .to: ["to", "迁出日期", "退园日期", "迁出时间", "截止日期"]
        }
    }

    var isRequired: Bool { self == .enterprise || self == .park }
}

/// `glossary.csv`: the English for a Chinese name (a district, segment, tag or park) on English pages.
enum GlossaryColumn: Int, TableColumn {
    case term, english

    var names: [String] {
        switch self {
        case .term: ["term", "术语", "中文", "名称"]
        case .english: ["english", "英文", "英文名称", "name_en"]
        }
    }

    var isRequired: Bool { true }
}

/// `revisions.csv`: the log of figures revised by a merge (`plangauge merge --accept-revisions`).
/// Each line names one changed figure; `now_in` names the revenue file whose row for the firm,
/// period and 口径 every analysis uses from then on (rows of other files for it are superseded).
enum RevisionColumn: Int, TableColumn {
    case mergeID, at, id, name, period, basis, figure, oldValue, newValue, wasIn, nowIn, returnFile, reason

    var names: [String] {
        switch self {
        case .mergeID: ["merge_id"]
        case .at: ["at", "修订时间"]
        case .id: ["id", "统一社会信用代码", "信用代码", "uscc"]
        case .name: ["name", "企业名称", "名称"]
        case .period: ["period", "统计期", "报告期"]
        case .basis: ["basis", "口径"]
        case .figure: ["figure", "指标"]
        case .oldValue: ["old_value", "原值"]
        case .newValue: ["new_value", "新值"]
        case .wasIn: ["was_in", "原数据位置"]
        case .nowIn: ["now_in", "现数据文件"]
        case .returnFile: ["return_file", "报表文件"]
        case .reason: ["reason", "修订原因"]
        }
    }

    var isRequired: Bool { self == .id || self == .period || self == .nowIn }
}
