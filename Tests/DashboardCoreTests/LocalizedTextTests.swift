import Localization
import Testing

@Suite struct LocalizedTextTests {
    @Test func fillsEachPlaceholderInBothLanguages() {
        let text = LocalizedText(en: "{amount} to {phone}, {amount} again", fr: "{amount} vers {phone}")
            .filling(["amount": "18 692 F CFA", "phone": "76 00 00 00"])
        #expect(text.english == "18 692 F CFA to 76 00 00 00, 18 692 F CFA again")
        #expect(text.french == "18 692 F CFA vers 76 00 00 00")
    }

    @Test func aValueIsNeverReadForPlaceholders() {
        // A server's sentence or a name may hold braces: it is shown as it came.
        let text = LocalizedText(en: "{reason} ({code})", fr: "{reason} ({code})")
            .filling(["reason": "bad {code} {x", "code": "E1"])
        #expect(text.english == "bad {code} {x (E1)")
    }

    @Test func unknownOrOpenPlaceholdersStay() {
        let text = LocalizedText(en: "{missing} {{name}} {name} { end {", fr: "é{name}è")
            .filling(["name": "Aïcha"])
        #expect(text.english == "{missing} {Aïcha} Aïcha { end {")
        #expect(text.french == "éAïchaè")
        #expect(LocalizedText(en: "plain", fr: "simple").filling(["a": "b"]).english == "plain")
    }
}
