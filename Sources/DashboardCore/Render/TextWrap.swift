extension TextFit {
    /// Word-wrapped lines no wider than `width` columns; a word longer than a line is cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if TerminalWidth.of(candidate) <= width {
                    current = candidate
                    continue
                }
                if !current.isEmpty { lines.append(current) }
                current = TerminalWidth.of(String(word)) <= width ? String(word) : fit(String(word), width: width)
            }
            lines.append(current)
        }
        return lines
    }
}
