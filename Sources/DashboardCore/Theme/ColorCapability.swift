/// What the terminal can show; theme colours are degraded to it before drawing.
public enum ColorCapability: Int, Sendable, Comparable, CaseIterable {
    /// `NO_COLOR` or a terminal without colours: attributes (bold, reverse) only.
    case none = 0
    case ansi8 = 8
    case ansi16 = 16
    case indexed256 = 256
    case trueColor = 16_777_216

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool { lhs.rawValue < rhs.rawValue }

    /// From the environment: `NO_COLOR` (any non-empty value) wins, then `COLORTERM`, then `TERM`.
    /// `maxColors` is what the back end learned from terminfo (`COLORS`), when it knows it.
    public static func detect(environment: [String: String], maxColors: Int? = nil) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .trueColor }
        if let maxColors {
            if maxColors >= 256 { return .indexed256 }
            if maxColors >= 16 { return .ansi16 }
            if maxColors >= 8 { return .ansi8 }
            return .none
        }
        let term = environment["TERM"]?.lowercased() ?? ""
        if term.isEmpty || term == "dumb" { return .none }
        if term.contains("256color") { return .indexed256 }
        return .ansi16
    }
}

extension TerminalColor {
    /// The nearest colour the terminal can show. Exact integer arithmetic keeps results stable.
    public func degraded(to capability: ColorCapability) -> TerminalColor {
        switch (self, capability) {
        case (.default, _), (_, .trueColor): return self
        case (_, .none): return .default
        case (.ansi(let index), .ansi8): return .ansi(index % 8)
        case (.ansi, _): return self
        case (.indexed(let index), .indexed256): return .indexed(index)
        case (.indexed(let index), _):
            return TerminalColor.ansi(Self.ansiIndex(ofIndexed: index)).degraded(to: capability)
        case (.rgb(let red, let green, let blue), .indexed256): return .indexed(Self.cubeIndex(red, green, blue))
        case (.rgb(let red, let green, let blue), _):
            return TerminalColor.ansi(Self.nearestANSI(red, green, blue)).degraded(to: capability)
        }
    }

    /// The nearest of the 16 ANSI colours by hue rather than by distance: plain RGB distance
    /// turns a soft green into grey, and a success must stay green on a 16-colour terminal.
    static func nearestANSI(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> UInt8 {
        let channels = [Int(red), Int(green), Int(blue)]
        let high = channels.max()!
        let low = channels.min()!
        if high - low < 40 {
            let average = channels.reduce(0, +) / 3
            return average < 64 ? 0 : average < 160 ? 8 : average < 224 ? 7 : 15
        }
        let middle = (high + low) / 2
        var index = 0
        for (bit, value) in channels.enumerated() where value > middle { index |= 1 << bit }
        return UInt8(index + (high > 230 ? 8 : 0))
    }

    static func cubeIndex(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> UInt8 {
        func level(_ value: UInt8) -> Int { value < 48 ? 0 : value < 115 ? 1 : (Int(value) - 35) / 40 }
        return UInt8(16 + 36 * level(red) + 6 * level(green) + level(blue))
    }

    static func ansiIndex(ofIndexed index: UInt8) -> UInt8 {
        if index < 16 { return index }
        if index >= 232 {
            let grey = Int(index - 232) * 10 + 8
            return nearestANSI(UInt8(grey), UInt8(grey), UInt8(grey))
        }
        let cube = Int(index) - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return nearestANSI(UInt8(steps[cube / 36]), UInt8(steps[cube / 6 % 6]), UInt8(steps[cube % 6]))
    }

}

extension Style {
    public func degraded(to capability: ColorCapability) -> Style {
        var style = self
        style.foreground = foreground.degraded(to: capability)
        style.background = background.degraded(to: capability)
        return style
    }
}
