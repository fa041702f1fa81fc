/// How cell values stored in a workbook's XML become the text a CSV cell would hold.
package enum ExcelValues {
    /// Excel keeps 15 significant digits of what was typed; the XML may hold a double's 17
    /// (`1234.5600000000001`). Digits past the 15th are the binary float's, not the user's.
    package static let significantDigits = 15

    /// A number as the XML stores it (`12345.67`, `-0.5`, `1.2345E-5`, `1234.5600000000001`), as a
    /// plain decimal of at most 15 significant digits (`12345.67`, `-0.5`, `0.000012345`,
    /// `1234.56`), read from its digits and never through a Double. Nil when it is no number.
    /// (Long by design: one pass over the characters, then one rounding of the digits it gathered.)
    package static func plainNumber(_ text: some StringProtocol) -> String? {
        if let plain = alreadyPlain(text) { return plain }
        var negative = false
        var digits: [UInt8] = []  // significant digits, no leading zeros
        var pointAt: Int?  // digits before the decimal point
        var exponent = 0
        var seenDigit = false
        var it = Array(text.utf8)[...]
        if it.first == UInt8(ascii: "-") {
            negative = true; it = it.dropFirst()
        } else if it.first == UInt8(ascii: "+") {
            it = it.dropFirst()
        }
        var leadingFractionZeros = 0
        while let c = it.first {
            if c >= 48 && c <= 57 {
                seenDigit = true
                if digits.isEmpty && c == 48 {
                    if pointAt != nil { leadingFractionZeros += 1 }
                } else {
                    digits.append(c - 48)
                }
                it = it.dropFirst()
            } else if c == UInt8(ascii: "."), pointAt == nil {
                pointAt = digits.count
                it = it.dropFirst()
            } else if c == UInt8(ascii: "E") || c == UInt8(ascii: "e") {
                it = it.dropFirst()
                var expNegative = false
                if it.first == UInt8(ascii: "-") {
                    expNegative = true; it = it.dropFirst()
                } else if it.first == UInt8(ascii: "+") {
                    it = it.dropFirst()
                }
                guard let first = it.first, first >= 48 && first <= 57 else { return nil }
                var e = 0
                while let d = it.first, d >= 48 && d <= 57 {
                    e = e * 10 + Int(d - 48)
                    if e > 400 { return nil }
                    it = it.dropFirst()
                }
                exponent = expNegative ? -e : e
                break
            } else {
                return nil
            }
        }
        guard seenDigit, it.isEmpty else { return nil }
        if digits.isEmpty { return "0" }
        // The value is 0.d1d2d3… × 10^scale.
        var scale: Int
        if let p = pointAt {
            scale = p == 0 ? -leadingFractionZeros : p
        } else {
            scale = digits.count
        }
        scale += exponent
        if digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= 5
            digits.removeLast(digits.count - significantDigits)
            if roundUp {
                var i = digits.count - 1
                while i >= 0 {
                    if digits[i] == 9 { digits[i] = 0; i -= 1 } else { digits[i] += 1; break }
                }
                if i < 0 { digits.insert(1, at: 0); digits.removeLast(); scale += 1 }
            }
        }
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { return "0" }
        var out = negative ? "-" : ""
        if scale <= 0 {
            out += "0." + String(repeating: "0", count: -scale)
            out += digits.map { String($0) }.joined()
        } else if scale >= digits.count {
            out += digits.map { String($0) }.joined() + String(repeating: "0", count: scale - digits.count)
        } else {
            out += digits[..<scale].map { String($0) }.joined() + "." + digits[scale...].map { String($0) }.joined()
        }
        return out
    }

    /// Most stored numbers are already plain (`12345.67`, `-3`): at most 15 significant digits,
    /// one point, no exponent, no leading zero before other digits and no trailing zero after a point.
    private static func alreadyPlain(_ text: some StringProtocol) -> String? {
        var digits = 0, point = false, leadingZero = false, last: UInt8 = 0, index = 0
        for b in text.utf8 {
            defer { index += 1; last = b }
            if b >= 48 && b <= 57 {
                if digits == 0 && b == 48 && !point { leadingZero = true } else if digits > 0 || b != 48 { digits += 1 }
                if digits > significantDigits { return nil }
                if leadingZero && digits > 0 && !point { return nil }
            } else if b == UInt8(ascii: "."), !point, index > 0 {
                point = true
            } else if b == UInt8(ascii: "-"), index == 0 {
                continue
            } else {
                return nil
            }
        }
        if index == 0 || last == UInt8(ascii: ".") || last == UInt8(ascii: "-") || (point && last == 48) { return nil }
        return String(text)
    }

    /// The calendar date of a serial day number (`45292` = 2024-01-01 in the 1900 system).
    /// The 1900 system counts the 29 February 1900 that never was (Lotus 1-2-3's leap-year bug,
    /// kept by Excel): serial 60 is that day, and later serials are one day ahead of a plain count.
    /// Nil for a serial outside 1900–9999 or the non-existent day.
    package static func date(serial text: String, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard let plain = plainNumber(text) else { return nil }
        let whole = plain.split(separator: ".").first.map(String.init) ?? plain
        guard let serial = Int(whole), serial >= 1, serial < 2_958_466 else { return nil }
        var days: Int
        if date1904 {
            days = serial + daysFromCivil(1904, 1, 1)
        } else {
            if serial == 60 { return nil }
            days = daysFromCivil(1899, 12, 31) + (serial > 60 ? serial - 1 : serial)
        }
        if serial < 0 { days = 0 }
        return civil(fromDays: days)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    package static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    package static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// What a number format shows, as far as turning a stored number into text goes.
    package enum FormatKind: Equatable {
        case number
        /// Year, month and day (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, built-in 14).
        case date
        /// Year and month only (`yyyy-mm`, `yyyy"年"m"月"`): a period such as 2024-03.
        case yearMonth
    }

    /// Built-in format ids that show dates (ECMA-376 Part 1, 18.8.30, with the ids East Asian
    /// versions of Excel assign to their own date formats).
    package static func builtInKind(_ id: Int) -> FormatKind {
        switch id {
        // 17 is mmm-yy; 57 is yyyy"年"m"月" in Chinese Excel.
        case 17, 57: .yearMonth
        case 14...16, 22, 30, 31, 34...36, 50...56, 58: .date
        case 27...29, 32, 33: .date
        default: .number
        }
    }

    /// The kind of a custom format code: a date when, outside quoted text, escapes and [] sections,
    /// it has a year or a day; year-month when it has a year and a month but no day.
    package static func kind(ofFormatCode code: String) -> FormatKind {
        var plain = ""
        var inQuote = false, inBracket = false, escape = false
        for ch in code {
            if escape { escape = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket { if ch == "]" { inBracket = false }; continue }
            switch ch {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\": escape = true
            default: plain.append(ch)
            }
        }
        // `General` and the exponent of `0.00E+00` are no date letters.
        let lower = plain.lowercased().replacingOccurrences(of: "general", with: "")
        // Only the first section (positive numbers) matters.
        let first = lower.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? lower
        let hasYear = first.contains("y")
        let hasDay = first.contains("d")
        let hasMonth = first.contains("m")
        if hasYear && hasMonth && !hasDay { return .yearMonth }
        if hasYear || hasDay { return .date }
        return .number
    }

    /// `A` for 0, `Z` for 25, `AA` for 26.
    package static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// The 0-based column and 1-based row of an A1 reference (`E7` → (4, 7)); nil when malformed.
    package static func cellReference(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int)? {
        var column = 0, row = 0, i = 0
        while i < bytes.count, bytes[i] >= 65 && bytes[i] <= 90 {
            column = column * 26 + Int(bytes[i] - 64)
            if column > 16_384 { return nil }
            i += 1
        }
        guard column > 0 else { return nil }
        while i < bytes.count, bytes[i] >= 48 && bytes[i] <= 57 {
            row = row * 10 + Int(bytes[i] - 48)
            if row > 10_000_000 { return nil }
            i += 1
        }
        return i == bytes.count ? (column - 1, row) : (column - 1, 0)
    }
}
