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
    /// The mouse wheel, over a screen that scrolls (help, a detail, the developer view).
    case wheelUp, wheelDown
    /// Ctrl and a letter (`.control("u")` clears a text field).
    case control(Character)
    /// Several characters that arrived at once (a paste, or a bracketed paste): text fields
    /// take or refuse them whole; elsewhere they are the characters typed one by one.
    case paste(String)
    case resize(width: Int, height: Int)
}
