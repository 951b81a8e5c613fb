import Localization

extension Money {
    /// `18 692 F CFA`: digits grouped by three with a space, the way Burkina Faso writes
    /// prices. A fraction (only ever from a percentage fee) keeps two decimals with the
    /// language's decimal mark.
    public func formatted(_ language: Language = .french) -> String {
        "\(formattedNumber(language)) F CFA"
    }

    /// The number alone, grouped: `18 692`.
    public func formattedNumber(_ language: Language = .french) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = String(magnitude / 100)
        var grouped = ""
        for (offset, character) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { grouped.append(" ") }
            grouped.append(character)
        }
        let fraction = magnitude % 100
        guard fraction != 0 else { return sign + grouped }
        let mark = language == .french ? "," : "."
        return "\(sign)\(grouped)\(mark)\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
