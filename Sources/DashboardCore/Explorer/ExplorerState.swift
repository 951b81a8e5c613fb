/// The developer view (API explorer): the request log in a list, the selected request's
/// detail below it or on the whole page.
public struct ExplorerState: Sendable, Hashable {
    /// Which body the detail shows; Tab switches.
    public enum Body: Sendable, Hashable {
        case response
        case request
    }

    /// The selected request's sequence number; nil follows the newest, so new requests show
    /// as they come. Moving the selection, or opening the detail, pins it.
    public var selectedSequence: Int?
    /// The detail fills the page (Enter), and scrolls.
    public var isDetailOpen = false
    /// The first line of the detail shown on the full page.
    public var scroll = 0
    public var body: Body = .response
    /// The `/` filter: the list shows the requests whose method, path, status, operation or
    /// error code holds it, without regard to case or accents.
    public var filter = ""
    /// The filter is being typed: every key goes to it.
    public var isEditingFilter = false
    /// `b`: the balance refreshes (the periodic polls, and `r`) are left out of the list.
    public var hidesBalancePolls = false

    public init() {}
}
