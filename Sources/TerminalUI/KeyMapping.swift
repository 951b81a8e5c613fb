import CNCursesw
import DashboardCore

/// ncurses key codes to `Key`, independent of the terminal's escape sequences.
enum KeyMapping {
    /// A character `get_wch` returned with `OK`. Control characters are the keys they stand
    /// for; other controls are dropped so they never reach a filter as text.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 21: return .control("u")
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key `get_wch` returned with `KEY_CODE_YES`. Resize and mouse are handled by
    /// the terminal, which needs to ask ncurses for the new size or the mouse event.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE, KEY_DC: return .backspace
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
