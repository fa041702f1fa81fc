import PlanGaugeRecords

/// The text encodings an input file may be read as (set with `IngestOptions.encoding`; each file's
/// choice and its reason are in its `FileSummary`).
public typealias TextEncoding = PlanGaugeRecords.TextEncoding

/// How large a field and a record of an input file may be (`IngestOptions.limits`).
public typealias RecordLimits = PlanGaugeRecords.RecordLimits
