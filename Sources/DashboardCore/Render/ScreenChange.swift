extension AppState {
    /// Whether `render` may draw this state differently from `before`. Only the developer view
    /// shows the request log: while it is closed, an exchange recorded (one per request, every
    /// refresh) changes nothing on screen, and the UI loop need not render a frame for it.
    public func mayLookDifferent(from before: AppState) -> Bool {
        guard explorer == nil, before.explorer == nil, requestLog != before.requestLog else { return self != before }
        var same = self
        same.requestLog = before.requestLog
        return same != before
    }
}
