/// A key press (or resize) as the back end reports it, independent of ncurses codes.
public enum Key: Sendable, Hashable {
    case character(Character)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case up, down, left, right
    case pageUp, pageDown, home, end
    case function(Int)
    case resize(width: Int, height: Int)
}
