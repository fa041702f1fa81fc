import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords

/// Detection order (PlanGaugeIngest.docc, DatasetContract): BOM → valid UTF-8 → GB18030.
@Suite struct TextEncodingTests {
    static let gbWangLuoAnQuan: [UInt8] = [0xCD, 0xF8, 0xC2, 0xE7, 0xB0, 0xB2, 0xC8, 0xAB]  // 网络安全 in GB18030

    func detect(_ bytes: [UInt8]) -> (TextEncoding, TextEncoding.Reason) {
        bytes.withUnsafeBytes { TextEncoding.detect($0) }
    }

    @Test func detection() {
        #expect(detect(Array("id,name\n".utf8)) == (.utf8, .validUTF8))
        #expect(detect(Array("统一社会信用代码,企业名称\n".utf8)) == (.utf8, .validUTF8))
        #expect(detect([0xEF, 0xBB, 0xBF] + Array("id\n".utf8)) == (.utf8BOM, .byteOrderMark))
        #expect(detect(Array("id,".utf8) + Self.gbWangLuoAnQuan) == (.gb18030, .notUTF8))
        #expect(detect([]) == (.utf8, .validUTF8))
    }

    @Test func encodingOption() {
        #expect(TextEncoding(option: "utf8") == .utf8)
        #expect(TextEncoding(option: "UTF-8") == .utf8)
        #expect(TextEncoding(option: "utf-8-bom") == .utf8BOM)
        #expect(TextEncoding(option: "gb18030") == .gb18030)
        #expect(TextEncoding(option: "GBK") == .gb18030)
        #expect(TextEncoding(option: "gb2312") == .gb18030)
        #expect(TextEncoding(option: "cp936") == .gb18030)
        #expect(TextEncoding(option: "latin1") == nil)
        #expect(TextEncoding.allCases.map(\.rawValue) == ["utf-8", "utf-8-bom", "gb18030"])
    }

    func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { UTF8Validation.firstInvalidOffset($0) }
    }

    @Test func utf8Validation() {
        #expect(firstInvalid(Array("网络 😀 ok".utf8)) == nil)
        #expect(firstInvalid([0xC0, 0x80]) == 0)  // overlong NUL
        #expect(firstInvalid([0xE0, 0x80, 0x80]) == 0)  // overlong 3-byte
        #expect(firstInvalid([0xED, 0xA0, 0x80]) == 0)  // surrogate U+D800
        #expect(firstInvalid([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
        #expect(firstInvalid([0xF5, 0x80, 0x80, 0x80]) == 0)
        #expect(firstInvalid([0x80]) == 0)  // lone continuation byte
        #expect(firstInvalid(Array("abc".utf8) + [0xE4, 0xB8]) == 3)  // truncated at the end
        #expect(firstInvalid(Array("abcdefghij".utf8) + [0xFF]) == 10)  // after the 8-byte fast path
        #expect(
            firstInvalid(Array("abcdefghij".utf8) + [0xE7, 0xBD, 0x91] + Array("abcdefgh".utf8) + [0xE7, 0x41]) == 21)
        #expect(firstInvalid(Self.gbWangLuoAnQuan) == 0)
    }

    /// Random bytes drawn mostly from UTF-8's lead and continuation bytes: valid exactly when the
    /// standard library's own UTF-8 decoding finds no error.
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = SeededRandom()
        let alphabet: [UInt8] = [
            0x41, 0x2C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1,
            0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF
        ]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0..<12, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            var valid = true
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: break loop
                case .error: valid = false; break loop
                }
            }
            #expect(
                (firstInvalid(bytes) == nil) == valid, "\(bytes.map { String($0, radix: 16) }), \(generator.replay)")
        }
    }

    func decode(_ bytes: [UInt8], _ encoding: TextEncoding) -> String? {
        let decoder = TextDecoder(encoding: encoding)
        return bytes.withUnsafeBytes { decoder.decode($0) }
    }

    @Test func decoding() {
        #expect(decode(Array("网络".utf8), .utf8) == "网络")
        #expect(decode(Array("网络".utf8), .utf8BOM) == "网络")
        #expect(decode([0xE7, 0xBD], .utf8) == nil)
        #expect(decode(Self.gbWangLuoAnQuan, .gb18030) == "网络安全")
        #expect(decode([0x81, 0x39, 0xEE, 0x39], .gb18030) == "㐀")  // a four-byte GB18030 sequence
        #expect(decode([0xCD], .gb18030) == nil)  // truncated
        #expect(decode(Array("plain".utf8), .gb18030) == "plain")
        #expect(decode([], .gb18030) == "")
    }

    @Test func decoderIsReusableAcrossFields() {
        let decoder = TextDecoder(encoding: .gb18030)
        let fields: [[UInt8]] = [Self.gbWangLuoAnQuan, [0xCD], Array(Self.gbWangLuoAnQuan.prefix(4))]
        let out = fields.map { f in f.withUnsafeBytes { decoder.decode($0) } }
        #expect(out == ["网络安全", nil, "网络"])  // a failure leaves no state behind
    }
}
