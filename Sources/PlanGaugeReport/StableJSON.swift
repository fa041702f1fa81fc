import Foundation

/// JSON as every PlanGauge output writes it: pretty, keys sorted, snake_case, slashes kept,
/// so the same values always give the same bytes.
public enum StableJSON {
    /// `value` as UTF-8 JSON bytes: pretty-printed, keys sorted and in snake_case, slashes unescaped.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(value)
    }

    /// `encode(_:)` as a string.
    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
