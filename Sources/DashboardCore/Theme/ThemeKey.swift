/// The semantic names a theme gives styles to; views ask for these, never for colours.
public enum ThemeKey: String, Sendable, CaseIterable {
    case text
    case paneBorder = "pane.border"
    case paneTitle = "pane.title"
    case paneTitleFocused = "pane.title_focused"
    case columnHeader = "column.header"
    case statusSuccess = "status.success"
    case statusFailed = "status.failed"
    case statusSendOTP = "status.send_otp"
    case statusPayOffline = "status.pay_offline"
    case statusPending = "status.pending"
    case statusCanceled = "status.canceled"
    case statusUnknown = "status.unknown"
    case amountPositive = "amount.positive"
    case sparkline
    case bannerSandbox = "banner.sandbox"
    case bannerTest = "banner.test"
    case bannerLive = "banner.live"
    case statusBar = "status_bar"
    case alert
    case stale
    case changed
    case selection
    case help
}
