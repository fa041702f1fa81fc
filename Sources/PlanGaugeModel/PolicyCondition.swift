/// One eligibility condition of a clause (or of the whole policy), with the words of the document
/// it comes from (`conditions:` in `Data/policies/*.yaml`). Either the data can check it (`check`
/// is not `.manual`) or a person must confirm it for every grant it applies to (需人工核实).
/// That a clause's `base` is in the ledger is checked for every clause that names one, without a
/// condition (`GrantConditions.baseFindings`).
public struct PolicyCondition: Sendable, Equatable {
    /// How the condition is checked.
    public enum Check: Sendable, Equatable {
        /// 新引进或新设立: founded (`founded`) or brought into the district (`arrived`) no more than
        /// `withinYears` years before the application.
        case newEntrant(withinYears: Int)
        /// Registered in this district (`district` of enterprises.csv) on the application day.
        case district(String)
        /// In one of these parks (park ids or names) on the application day.
        case park([String])
        /// Carrying this tag on the application day (a dated tag within its span, an undated one always).
        case tag(String)
        /// 信用记录良好: no credit record whose kind contains one of `kinds` dated within `withinYears`
        /// years before the application (through the application day), nor undated.
        case credit(kinds: [String], withinYears: Int)
        /// The data cannot tell: a person confirms it from the application files.
        case manual
    }

    /// The condition's name as the file writes it: `new_entrant`, `credit`, `in_catalogue` …
    public var name: String
    /// How it is checked.
    public var check: Check
    /// The document's words the condition stands for (in the clause text, or the policy's for a
    /// policy-wide condition).
    public var quote: String

    /// A condition from its parts.
    public init(name: String, check: Check, quote: String) {
        self.name = name
        self.check = check
        self.quote = quote
    }

    /// Whether a person must confirm it (the data cannot).
    public var isManual: Bool { check == .manual }
}
