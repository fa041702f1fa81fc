/// What a dataset is, in the words of the office that keeps it (`dataset.yaml`): who compiles it,
/// where the figures come from, what they cover, as of when, and whom to ask. The report's head
/// states it (编制单位, 数据来源, 统计范围, 数据截至); every field is optional.
public struct DatasetManifest: Sendable, Equatable {
    /// The dataset's name (`上海市网络安全产业重点企业监测数据`).
    public var title: String?
    /// 编制单位: the office that compiles it.
    public var issuer: String?
    /// 数据来源: where the figures come from (`重点企业直报，区经委汇总`).
    public var source: String?
    /// 统计范围: what the figures cover (`本市网络安全产业重点监测企业`).
    public var coverage: String?
    /// The day the figures were extracted or closed (数据截至).
    public var asOf: CalendarDate?
    /// 联系人: whom to ask about the figures.
    public var contact: String?
    /// The same in English, for English pages (`title_en`, `issuer_en` …); a field without its
    /// English is left off English pages (coverage falls back to "monitored firms").
    public var english = English()

    /// The manifest's English fields.
    public struct English: Sendable, Equatable {
        public var title, issuer, source, coverage, contact: String?
        /// No English given.
        public init(
            title: String? = nil, issuer: String? = nil, source: String? = nil, coverage: String? = nil,
            contact: String? = nil
        ) {
            (self.title, self.issuer, self.source, self.coverage, self.contact) = (
                title, issuer, source, coverage, contact
            )
        }
    }

    /// A manifest with the fields given.
    public init(
        title: String? = nil, issuer: String? = nil, source: String? = nil, coverage: String? = nil,
        asOf: CalendarDate? = nil, contact: String? = nil
    ) {
        self.title = title
        self.issuer = issuer
        self.source = source
        self.coverage = coverage
        self.asOf = asOf
        self.contact = contact
    }
}
