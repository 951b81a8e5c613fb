import CNCursesw
import DashboardCore
import Foundation

/// Why the terminal could not be taken over.
public enum TerminalError: Error, Sendable, Hashable {
    /// Standard input or output is not a terminal (piped, redirected, cron).
    case notATerminal
    /// terminfo has no entry for `$TERM`.
    case unknownTerminal(String)
}

/// The ncurses screen. Not thread-safe, like ncurses itself (curs_threads(3x)): create, use and
/// stop it on one thread only.
public final class Terminal {
    public struct Options: Sendable, Hashable {
        /// Capture clicks; off lets people select and copy text with the mouse.
        public var mouse: Bool
        /// How long `nextEvent` waits for a key before returning nil.
        public var inputTimeoutMilliseconds: Int32

        public init(mouse: Bool = true, inputTimeoutMilliseconds: Int32 = 100) {
            self.mouse = mouse
            self.inputTimeoutMilliseconds = inputTimeoutMilliseconds
        }
    }

    public private(set) var size: Size
    /// What the terminal's colours allow, combining terminfo's `COLORS` with NO_COLOR and
    /// COLORTERM; themes are degraded to this.
    public let colorCapability: ColorCapability
    private let screen: OpaquePointer
    private var pairs: ColorPairs
    private var attributes: (bold: attr_t, underline: attr_t, reverse: attr_t)
    private var lastFrame: Screen?
    /// The last press of the main button, to tell a double click (a second press on the same
    /// cell within `DoubleClick.interval`).
    private var lastPress: (x: Int, y: Int, at: ContinuousClock.Instant)?
    private var isStopped = false
    private let inputTimeout: Int32

    /// Takes over the terminal. Call `stop()` before the process exits, also on signals, so the
    /// shell gets its terminal back.
    public init(options: Options, environment: [String: String]) throws(TerminalError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        TerminalLocale.configure()
        guard let screen = cn_newterm_stdio() else { throw .unknownTerminal(environment["TERM"] ?? "") }
        self.screen = screen
        _ = set_term(screen)
        _ = cbreak()  // keys arrive at once; Ctrl-C still raises SIGINT, which the app handles
        _ = noecho()
        _ = nonl()  // Enter arrives as 13 and the cursor is not moved by newlines
        _ = keypad(cn_stdscr(), true)
        // Home and End as the other common terminals send them: under tmux or screen with TERM
        // left at xterm, End arrives as `ESC [4~`, which would otherwise read as Esc and close
        // the screen the person wanted to scroll.
        for (sequence, code) in [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END),
            ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
        ] where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
        _ = curs_set(0)
        _ = set_escdelay(25)  // Esc closes overlays; do not wait a whole second for a sequence
        timeout(options.inputTimeoutMilliseconds)
        self.inputTimeout = options.inputTimeoutMilliseconds

        var hasDefaultColors = false
        var colors = 0
        if has_colors() {
            _ = start_color()
            hasDefaultColors = use_default_colors() == OK
            colors = Int(cn_colors())
        }
        let capability = ColorCapability.detect(environment: environment, maxColors: colors)
        // ncurses draws indexed colours at most; true colour is degraded to the 256-colour cube.
        self.colorCapability = min(capability, .indexed256)
        if colorCapability == .none { colors = 0 }
        self.pairs = ColorPairs(colors: colors, pairs: Int(cn_color_pairs()), hasDefaultColors: hasDefaultColors)
        self.attributes = (cn_attr_bold(), cn_attr_underline(), cn_attr_reverse())

        if options.mouse {
            _ = mousemask(cn_mouse_mask(), nil)
            _ = mouseinterval(0)
        }
        self.size = Self.currentSize()
    }

    deinit {
        stop()
    }

    /// Gives the terminal back: normal mode, cursor shown, screen as before.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        _ = mousemask(0, nil)
        _ = curs_set(1)
        _ = endwin()
        delscreen(screen)
    }

    /// Sleeps until a key (or resize, or hang-up), `wakeDescriptor` becomes readable, or
    /// `milliseconds` pass, then reads one event; nil when none came. The caller's loop wakes
    /// only when there is something to do.
    public func nextEvent(waitingUpTo milliseconds: Int32, wakeDescriptor: Int32) -> TerminalEvent? {
        // ncurses may hold keys already read from the terminal (the rest of a paste, a key put
        // back): those come first, without waiting.
        timeout(0)
        defer { timeout(inputTimeout) }
        if let event = readEvent() { return event }
        var descriptors = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
        if wakeDescriptor >= 0 { descriptors.append(pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)) }
        // A resize interrupts the wait (EINTR); ncurses then has KEY_RESIZE queued.
        _ = poll(&descriptors, nfds_t(descriptors.count), max(0, milliseconds))
        if descriptors[0].revents != 0 || descriptors.count == 1 || descriptors[1].revents == 0 {
            return readEvent()
        }
        return nil
    }

    private func readEvent() -> TerminalEvent? {
        var code: wint_t = 0
        switch cn_get_wch(&code) {
        case OK:
            guard case .character(let first) = KeyMapping.character(UInt32(code)) else {
                return KeyMapping.character(UInt32(code)).map(TerminalEvent.key)
            }
            return .key(followingCharacters(after: first))
        case KEY_CODE_YES:
            let key = Int32(bitPattern: code)
            if key == KEY_RESIZE {
                size = Self.currentSize()
                return .key(.resize(width: size.width, height: size.height))
            }
            if key == KEY_MOUSE { return mouseEvent() }
            return KeyMapping.functionKey(key).map(TerminalEvent.key)
        default:
            // ERR is a timeout, or end of input: then get_wch returns at once, forever, and the
            // loop would spin. poll tells the two apart without reading anything.
            return Self.inputHungUp() ? .hangUp : nil
        }
    }

    /// The characters already waiting after `first`, read without waiting: more than one
    /// character at once is a paste (`Key.paste`), which numeric fields take or refuse whole.
    /// The first key that is not a plain character (Enter after a pasted code, an arrow) is
    /// put back for the next read.
    private func followingCharacters(after first: Character) -> Key {
        var text = String(first)
        timeout(0)
        defer { timeout(inputTimeout) }
        while text.count < 4_096 {
            var code: wint_t = 0
            let result = cn_get_wch(&code)
            if result == OK {
                guard case .character(let next) = KeyMapping.character(UInt32(code)) else {
                    _ = unget_wch(wchar_t(bitPattern: UInt32(code)))
                    break
                }
                text.append(next)
            } else if result == KEY_CODE_YES {
                _ = ungetch(Int32(bitPattern: code))
                break
            } else {
                break
            }
        }
        return text.count == 1 ? .character(first) : .paste(text)
    }

    private static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Copies a frame to the terminal: only the cells that differ from the last frame, then one
    /// `doupdate`. A frame of another size (after a resize) is drawn whole.
    public func draw(_ frame: Screen) {
        let resized = lastFrame.map { $0.size != frame.size } ?? true
        if resized {
            _ = erase()
            // The terminal may have reflowed or cleared its contents itself; repaint all of it.
            _ = clearok(cn_stdscr(), true)
        }
        let (rows, columns) = (size.height, size.width)
        for change in frame.changes(since: resized ? nil : lastFrame) where !change.cell.isContinuation {
            // A frame rendered for the previous size can arrive just after a shrink.
            guard change.y < rows, change.x < columns else { continue }
            put(change.cell, x: change.x, y: change.y)
        }
        lastFrame = frame
        _ = wnoutrefresh(cn_stdscr())
        _ = doupdate()
    }

    public func beep() {
        _ = CNCursesw.beep()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        // setcchar takes at most CCHARW_MAX - 1 = 4 scalars: a base and its combining marks.
        var text: [wchar_t] = cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        if text.isEmpty { text = [wchar_t(32)] }
        text.append(0)
        var flags: attr_t = 0
        if cell.style.bold { flags |= attributes.bold }
        if cell.style.underline { flags |= attributes.underline }
        if cell.style.reverse { flags |= attributes.reverse }
        let pair = pairs.pair(for: cell.style)
        // The bottom-right cell reports ERR (the cursor cannot advance past it) but is drawn.
        _ = cn_put_cell(Int32(y), Int32(x), text, flags, pair)
    }

    private func mouseEvent() -> TerminalEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let (x, y) = (Int(event.x), Int(event.y))
        if event.bstate & cn_wheel_up() != 0 { return .wheel(x: x, y: y, up: true) }
        if event.bstate & cn_wheel_down() != 0 { return .wheel(x: x, y: y, up: false) }
        guard event.bstate & cn_button1_pressed() != 0 else { return nil }
        let now = ContinuousClock.now
        defer { lastPress = (x, y, now) }
        if let last = lastPress, last.x == x, last.y == y, now - last.at < TerminalEvent.doubleClickInterval {
            lastPress = nil
            return .doubleClick(x: x, y: y)
        }
        return .click(x: x, y: y)
    }

    private static func currentSize() -> Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cn_size(&rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }
}
