import Testing
@testable import PlanGaugeModel

/// `plangauge uscc`'s judgement of one argument. Check characters computed by hand from GB 32100-2015
/// (Σ value × weight over the first 17 characters, weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28;
/// check = 31 − Σ mod 31, 31 → 0, on the alphabet 0-9ABCDEFGHJKLMNPQRTUWXY):
/// - 91510107MA6C5X8K2: 9+3+45+27+0+26+0+119+420+290+150+156+40+696+80+570+56 = 2687 = 86·31 + 21 → 10 → «A».
/// - 91310107MA1G8X2K3: 2588 = 83·31 + 15 → 16 → «G» (the README's broken example wrote «A»).
/// - 91110108600040399: 914 = 29·31 + 15 → 16 → «G».
/// - 91350100M000100Y4: 1640 = 52·31 + 28 → 3 → «3» (the tests' usual valid code).
struct USCCCheckTests {
    @Test func validCodes() {
        for code in ["91510107MA6C5X8K2A", "91310107MA1G8X2K3G", "91110108600040399G", "91350100M000100Y43"] {
            let c = USCCCheck.examine(code)
            #expect(c.status == .valid, "\(code)")
            #expect(c.message == "valid")
            #expect(c.code == code)
            #expect(c.isAcceptable)
        }
        #expect(USCCCheck.examine("91510107MA6C5X8K2A").divisionCode == "510107")
        #expect(USCCCheck.examine("  91510107MA6C5X8K2A\r").input == "91510107MA6C5X8K2A")
    }

    @Test func seventeenCharacterBodyIsCompleted() {
        let c = USCCCheck.examine("91510107MA6C5X8K2")
        #expect(c.status == .completed)
        #expect(c.code == "91510107MA6C5X8K2A")
        #expect(c.checkCharacter == "A")
        #expect(
            c.message == "17 characters, no check character: the full code is 91510107MA6C5X8K2A (check character «A»)")
        #expect(c.isAcceptable)
    }

    @Test func wrongCheckCharacterGivesTheCorrectedCode() {
        let c = USCCCheck.examine("91310107MA1G8X2K3A")
        #expect(c.status == .invalid)
        #expect(c.problem == .checkCharacter)
        #expect(c.character == "A")
        #expect(c.checkCharacter == "G")
        #expect(c.code == "91310107MA1G8X2K3G")
        #expect(
            c.message
                == "check character is «A» but the first 17 characters give «G»: the corrected code is 91310107MA1G8X2K3G"
        )
    }

    @Test func wrongLength() {
        let c = USCCCheck.examine("9131010")
        #expect(c.problem == .length)
        #expect(c.message == "7 characters; a code has 18 (17 without its check character)")
        #expect(USCCCheck.examine("91310107MA1G8X2K3GG").problem == .length)
        #expect(USCCCheck.examine("").message == "0 characters; a code has 18 (17 without its check character)")
    }

    @Test func badCharacterAndItsPosition() {
        // The letter O where the digit 0 belongs (position 5).
        let o = USCCCheck.examine("9131O107MA1G8X2K3G")
        #expect(o.problem == .character)
        #expect(o.position == 5)
        #expect(o.character == "O")
        #expect(o.code == nil)
        #expect(
            o.message
                == "character 5 is «O», not in the code alphabet (0-9 and capitals but I, O, S, V, Z); the letter O is not used: the digit 0?"
        )
        // A full-width digit, as a Chinese input method types it.
        let wide = USCCCheck.examine("9131０107MA1G8X2K3G")
        #expect(wide.position == 5)
        #expect(wide.message.hasSuffix("; it is full-width: write «0»"))
        // A bad check character: the right one is known.
        let last = USCCCheck.examine("91310107MA1G8X2K3I")
        #expect(last.position == 18)
        #expect(last.code == "91310107MA1G8X2K3G")
        // In a 17-character body too.
        #expect(USCCCheck.examine("91310107MA1G8X2KS").position == 17)
        #expect(USCCCheck.examine("91310107MA1G8X2KS").status == .invalid)
    }

    @Test func lowercaseIsAProblemWithTheCapitalsShown() {
        let c = USCCCheck.examine("91310107ma1g8x2k3g")
        #expect(c.status == .invalid)
        #expect(c.problem == .lowercase)
        #expect(c.code == "91310107MA1G8X2K3G")
        #expect(c.message == "lowercase letters; a code is written in capitals: 91310107MA1G8X2K3G is valid")
        let wrong = USCCCheck.examine("91310107ma1g8x2k3a")
        #expect(wrong.code == "91310107MA1G8X2K3G")
        #expect(wrong.message.contains("check character is «A» but the first 17 characters give «G»"))
        let body = USCCCheck.examine("91510107ma6c5x8k2")
        #expect(body.status == .invalid)
        #expect(body.code == "91510107MA6C5X8K2A")
    }

    /// The check the checker relies on agrees with the hand computation.
    @Test func checkCharactersByHand() {
        #expect(USCC.checkCharacter(forPrefix: "91510107MA6C5X8K2") == "A")
        #expect(USCC.checkCharacter(forPrefix: "91310107MA1G8X2K3") == "G")
        #expect(USCC.checkCharacter(forPrefix: "91110108600040399") == "G")
        #expect(USCC.checkCharacter(forPrefix: "91350100M000100Y4") == "3")
    }
}
