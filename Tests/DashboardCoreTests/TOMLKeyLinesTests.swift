import Testing

@testable import DashboardCore

@Suite struct TOMLKeyLinesTests {
    static let text = """
        inherits = "default"
        "status.failed" = { fg = "red", modifiers = ["bold"] }
        pane.title = "grey"
        [explorer]
        border = "#808080"
        [palette]
        'grey' = "#808080"
        """

    @Test func findsKeysAtTheTopAndInTables() {
        let lines = TOMLKeyLines(Self.text)
        #expect(lines.line(of: "inherits") == 1)
        #expect(lines.line(of: "status.failed") == 2)
        #expect(lines.line(of: "border", in: "explorer") == 5)
        #expect(lines.line(of: "title", in: "pane") == 3)
        #expect(lines.line(of: "grey", in: "palette") == 7)
        #expect(lines.line(of: "palette") == 6)
        #expect(lines.line(of: "missing") == nil)
    }

    @Test func dottedPathsFallBackToTheirTable() {
        let lines = TOMLKeyLines(Self.text)
        #expect(lines.line(ofPath: "status.failed") == 2)
        #expect(lines.line(ofPath: "status.failed.modifiers") == 2)
        #expect(lines.line(ofPath: "explorer.border") == 5)
        #expect(lines.line(ofPath: "pane.title") == 3)
        #expect(lines.line(ofPath: "palette.grey") == 7)
        #expect(lines.line(ofPath: "nowhere.at.all") == nil)
    }
}
