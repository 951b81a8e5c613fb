import SenfenicoAPI

/// Small drawing helpers on `Screen` shared by the views.
extension Screen {
    /// A box with a title in its top border; returns the inner rectangle.
    @discardableResult
    mutating func box(_ rect: Rect, title: String, border: Style, titleStyle: Style) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let inner = rect.inset(1)
        // Cell by cell: the border's characters are known, nothing to sanitise or measure.
        for (y, left, right) in [(rect.y, "┌", "┐"), (rect.maxY - 1, "└", "┘")] {
            fill(Rect(x: rect.x, y: y, width: 1, height: 1), with: left, style: border)
            fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), with: "─", style: border)
            fill(Rect(x: rect.maxX - 1, y: y, width: 1, height: 1), with: right, style: border)
        }
        fill(Rect(x: rect.x, y: inner.y, width: 1, height: inner.height), with: "│", style: border)
        fill(Rect(x: rect.maxX - 1, y: inner.y, width: 1, height: inner.height), with: "│", style: border)
        if rect.width > 4 {
            write(" " + title + " ", x: rect.x + 2, y: rect.y, style: titleStyle, maxWidth: rect.width - 4)
        }
        return inner
    }

    /// Writes `text` fitted to exactly `width` columns (truncated with `…`, padded with spaces).
    mutating func cell(_ text: String, x: Int, y: Int, width: Int, style: Style, alignRight: Bool = false) {
        write(TextFit.fit(text, width: width, alignRight: alignRight), x: x, y: y, style: style, maxWidth: width)
    }
}

/// Fitting text into columns, measured in terminal columns rather than characters.
public enum TextFit {
    public static func fit(_ text: String, width: Int, alignRight: Bool = false) -> String {
        guard width > 0 else { return "" }
        let clean = TextSanitizer.clean(text)
        let columns = TerminalWidth.of(clean)
        if columns <= width {
            let padding = String(repeating: " ", count: width - columns)
            return alignRight ? padding + clean : clean + padding
        }
        var result = ""
        var used = 0
        for character in clean {
            let characterWidth = TerminalWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…" + String(repeating: " ", count: max(0, width - 1 - used))
    }

    /// Centred in `width` columns (left-biased).
    public static func center(_ text: String, width: Int) -> String {
        let columns = TerminalWidth.of(text)
        guard columns < width else { return fit(text, width: width) }
        let left = (width - columns) / 2
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: width - columns - left)
    }
}
