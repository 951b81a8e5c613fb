import Localization
import SenfenicoAPI

/// The charge wizard: one step at a time, large and plain, in the cashier's language.
enum WizardView {
    typealias W = Strings.Wizard

    static func draw(_ screen: inout Screen, _ context: ViewContext, rect: Rect) {
        guard let wizard = context.state.wizard, rect.height >= 3 else { return }
        screen.fill(rect, style: context.theme[.text])
        let inner = screen.box(
            rect, title: context.text(W.title), border: context.theme[.paneBorder],
            titleStyle: context.theme[.paneTitleFocused])
        let area = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        var writer = LineWriter(screen: screen, area: area, context: context)
        writer.steps(current: wizard.step)
        writer.blank()
        StepContent.draw(wizard, &writer)
        if let error = wizard.fieldError {
            writer.blank()
            writer.paragraph("! " + context.text(error), style: context.theme[.alert])
        }
        if let info = wizard.info {
            writer.paragraph(context.text(info), style: context.theme[.stale])
        }
        screen = writer.screen
        let hint = context.text(StepContent.hint(wizard, counterMode: context.state.isCashierMode))
        screen.write(
            " " + hint, x: inner.x, y: inner.maxY - 1, style: context.theme[.columnHeader], maxWidth: inner.width)
    }
}

/// Writes the wizard's lines top to bottom inside its box, never past the hint line.
struct LineWriter {
    var screen: Screen
    let area: Rect
    let context: ViewContext
    private(set) var y: Int

    init(screen: Screen, area: Rect, context: ViewContext) {
        self.screen = screen
        self.area = area
        self.context = context
        self.y = area.y
    }

    private var lastLine: Int { area.maxY - 2 }
    /// Wide enough for the longest label, "Customer's code (OTP)".
    static let labelWidth = 22

    mutating func blank() { y += 1 }

    mutating func line(_ text: String, style: Style, x offset: Int = 0) {
        guard y <= lastLine else { return }
        screen.write(text, x: area.x + offset, y: y, style: style, maxWidth: area.width - offset)
        y += 1
    }

    mutating func paragraph(_ text: String, style: Style) {
        for part in TextFit.wrap(text, width: area.width) { line(part, style: style) }
    }

    /// A label and its value on one line, the value in the field style.
    mutating func field(_ label: LocalizedText, value: String, style: Style) {
        guard y <= lastLine else { return }
        // Values start in one column, so the eye finds them at once.
        let labelText = TextFit.fit(context.text(label), width: min(Self.labelWidth, area.width / 2))
        let written = screen.write(labelText + " ", x: area.x, y: y, style: context.theme[.text], maxWidth: area.width)
        screen.write(" " + value + " ", x: area.x + written, y: y, style: style, maxWidth: area.width - written)
        y += 1
    }

    /// The operator's text, with USSD codes such as `*144*4*6*1000#` highlighted.
    mutating func operatorText(_ text: String) {
        let clean = TextSanitizer.clean(text)
        for part in TextFit.wrap(clean, width: area.width) {
            guard y <= lastLine else { return }
            var x = area.x
            for (segment, isCode) in USSDCode.segments(part) {
                var style = context.theme[isCode ? .selection : .text]
                style.bold = true
                x += screen.write(segment, x: x, y: y, style: style, maxWidth: area.maxX - x)
            }
            y += 1
        }
    }

    /// `1 Amount › 2 Phone › 3 Operator › 4 Review`, the current one highlighted.
    mutating func steps(current: WizardStep) {
        let labels = [
            Strings.Wizard.stepAmount, Strings.Wizard.stepPhone, Strings.Wizard.stepProvider, Strings.Wizard.stepReview,
        ]
        let index: Int? =
            switch current {
            case .amount: 0
            case .phone: 1
            case .provider: 2
            case .review: 3
            default: nil
            }
        guard y <= lastLine else { return }
        var x = area.x
        for (position, label) in labels.enumerated() {
            let text = "\(position + 1) " + context.text(label)
            let style = position == index ? context.theme[.selection] : context.theme[.columnHeader]
            x += screen.write(text, x: x, y: y, style: style, maxWidth: area.maxX - x)
            if position < labels.count - 1 {
                x += screen.write("  ›  ", x: x, y: y, style: context.theme[.text], maxWidth: area.maxX - x)
            }
        }
        y += 1
    }
}

/// Finds USSD codes in an operator's text so they can be read out to the customer.
enum USSDCode {
    /// Pieces of `text`, each flagged when it is a code: a run of digits, `*` and `#` that
    /// starts with `*` or `#` and ends with `#`.
    static func segments(_ text: String) -> [(String, Bool)] {
        var result: [(String, Bool)] = []
        var plain = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "*" || text[index] == "#", let end = codeEnd(text, from: index) {
                if !plain.isEmpty { result.append((plain, false)) }
                plain = ""
                result.append((String(text[index..<end]), true))
                index = end
            } else {
                plain.append(text[index])
                index = text.index(after: index)
            }
        }
        if !plain.isEmpty { result.append((plain, false)) }
        return result
    }

    /// The first code in the operator's text (`*144*4*6*1500#`), if it has one.
    static func first(in text: String) -> String? {
        segments(TextSanitizer.clean(text)).first(where: \.1)?.0
    }

    private static func codeEnd(_ text: String, from start: String.Index) -> String.Index? {
        var index = start
        var lastHash: String.Index?
        var digits = 0
        while index < text.endIndex, "0123456789*#".contains(text[index]) {
            if text[index].isNumber { digits += 1 }
            if text[index] == "#" { lastHash = text.index(after: index) }
            index = text.index(after: index)
        }
        guard let lastHash, digits > 0 else { return nil }
        return lastHash
    }
}
