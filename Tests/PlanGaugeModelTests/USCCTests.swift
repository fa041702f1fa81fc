import Testing
@testable import PlanGaugeModel

/// 统一社会信用代码 check characters, GB 32100-2015.
@Suite struct USCCTests {
    @Test(arguments: [
        "91350100M000100Y43", "91110000100010433L",
        // Σ = 0 → 31 − 0 = 31, which becomes 0.
        "000000000000000000",
        // Σ = 1 → 30 → Y; Σ = 94 → 94 mod 31 = 1 → Y; Σ = 122 → 29 → 2.
        "10000000000000000Y", "91310000000000001Y", "913100000000000022"
    ])
    func valid(_ code: String) {
        #expect(USCC(code)?.code == code)
        #expect(USCC.validate(code) == .success(USCC(uncheckedCode: code)))
    }

    @Test func checkCharacterForPrefix() {
        // 91350100M000100Y4: Σ value × weight = 1640, 1640 mod 31 = 28, 31 − 28 = 3.
        #expect(USCC.checkCharacter(forPrefix: "91350100M000100Y4") == "3")
        // 91110000100010433: Σ = 290, 290 mod 31 = 11, 31 − 11 = 20 → L.
        #expect(USCC.checkCharacter(forPrefix: "91110000100010433") == "L")
        #expect(USCC.checkCharacter(forPrefix: "00000000000000000") == "0")
        #expect(USCC.checkCharacter(forPrefix: "9135010000000000") == nil)  // 16 characters
        #expect(USCC.checkCharacter(forPrefix: "91350100I000100Y4") == nil)  // I is not in the alphabet
    }

    @Test func wrongCheckCharacterNamesTheExpectedOne() {
        #expect(USCC.validate("91350100M000100Y44") == .failure(.checkCharacter(found: "4", expected: "3")))
        #expect(USCC.validate("91110000100010433M") == .failure(.checkCharacter(found: "M", expected: "L")))
        #expect(USCC("91350100M000100Y44") == nil)
    }

    @Test func wrongLength() {
        #expect(USCC.validate("91350100M000100Y4") == .failure(.length(17)))
        #expect(USCC.validate("91350100M000100Y433") == .failure(.length(19)))
        #expect(USCC.validate("") == .failure(.length(0)))
    }

    @Test func lowerCaseIsReportedNotFolded() {
        #expect(USCC.validate("91350100m000100Y43") == .failure(.lowercase))
        #expect(USCC.validate("91110000100010433l") == .failure(.lowercase))
    }

    @Test(arguments: ["I", "O", "S", "V", "Z"])
    func forbiddenLetters(_ letter: String) {
        // Position 9 holds M in the valid code; each of these letters is outside the alphabet.
        let code = "91350100" + letter + "000100Y43"
        #expect(USCC.validate(code) == .failure(.character(Character(letter), position: 9)))
    }

    @Test func otherForeignCharacters() {
        #expect(USCC.validate("91350100Ｍ000100Y43") == .failure(.character("Ｍ", position: 9)))  // full-width
        #expect(USCC.validate("91350100-000100Y43") == .failure(.character("-", position: 9)))
        #expect(USCC.validate("91350100o000100Y43") == .failure(.character("o", position: 9)))  // o: O is forbidden too
    }

    @Test func alphabetAndWeights() {
        #expect(USCC.alphabet.count == 31)
        #expect(!USCC.alphabet.contains { "IOSVZ".contains($0) })
        #expect(USCC.weights == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
    }

    /// Reading a code from its bytes agrees with validating its text: same code, same wrong check
    /// character, and nothing at all (left to `validate`) for bytes outside the alphabet or length.
    @Test func plainBytesAgreeWithValidate() {
        for text in [
            "91350100M000100Y43", "91110000100010433L", "91350100M000100Y44", "91350100m000100Y43",
            "91350100I000100Y43", "9135010M000100Y43", "91350100M000100Y431", "91350100Ｍ00100Y43", ""
        ] {
            let bytes = Array(text.utf8)
            let plain = USCC.plain(bytes.span)
            switch plain {
            case .some(let result): #expect(result == USCC.validate(text), "\(text)")
            case nil:
                if case .success = USCC.validate(text) {
                    Issue.record("\(text) is valid but was not read from its bytes")
                }
            }
        }
        let wrong = Array("91350100M000100Y44".utf8)
        #expect(USCC.plain(wrong.span) == .failure(.checkCharacter(found: "4", expected: "3")))
        #expect(USCC("91350100M000100Y43")!.code == "91350100M000100Y43")
    }

    @Test func describedAndOrderedByCode() {
        let a = USCC("91110000100010433L")!, b = USCC("91350100M000100Y43")!
        #expect(a.description == "91110000100010433L")
        #expect(a < b)
    }
}
