import DashboardCore
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI
import TerminalUI

/// The UI loop: one dedicated thread owns ncurses, reads keys with a short timeout, applies
/// actions with `reduce`, starts effects as tasks and redraws only when the state changed.
public enum DashboardRuntime {
    /// Opens the dashboard and returns when the user quits or a signal stops it. The network
    /// work runs on the concurrency pool; the calling task only waits.
    public static func run(
        _ configuration: DashboardConfiguration, client: SenfenicoClient
    ) async throws(TerminalError) -> DashboardOutcome {
        let result = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<DashboardOutcome, TerminalError>, Never>) in
            let thread = Thread {
                continuation.resume(
                    returning: Result { () throws(TerminalError) in
                        try DashboardLoop(configuration: configuration, client: client).run()
                    })
            }
            thread.name = "senfenico.dashboard.ui"
            thread.start()
        }
        return try result.get()
    }
}

/// The state of one run of the UI loop; lives and dies on the UI thread.
private final class DashboardLoop {
    private let configuration: DashboardConfiguration
    private let inbox = ActionInbox()
    private let effects: EffectRunner
    /// Ticks are sent about once a second: ages in the status bar move and due refreshes start.
    /// The loop's clock: ticks no closer than this, and at least this often.
    static let minimumTickGap: TimeInterval = 0.1
    static let maximumSleep: TimeInterval = 10
    /// Each wait varies by up to ±10 %, so counters opened together drift apart.
    private static let jitter = 0.1

    private let payments: PaymentEffects
    private let operations: OperationEffects
    private let journalProblem: LocalizedText?

    init(configuration: DashboardConfiguration, client: SenfenicoClient) {
        self.configuration = configuration
        let path = configuration.journalPath ?? PaymentJournal.defaultPath(environment: configuration.environment)
        var journal: PaymentJournal?
        var problem: LocalizedText?
        do {
            journal = try PaymentJournal(path: path, account: configuration.journalAccount)
        } catch {
            // Without a journal no charge is sent: the wizard says why at the first try.
            problem = LocalizedText(en: error.message(in: .english), fr: error.message(in: .french))
        }
        journalProblem = problem
        payments = PaymentEffects(
            client: client, journal: journal, journalProblem: problem?.text(in: configuration.language), inbox: inbox,
            language: configuration.language)
        operations = OperationEffects(
            client: client, journal: journal, journalProblem: problem?.text(in: configuration.language), inbox: inbox)
        let bulk = BulkEffects(
            client: client, journal: journal, journalProblem: problem, inbox: inbox, language: configuration.language)
        self.effects = EffectRunner(
            client: client, inbox: inbox, payments: payments, operations: operations, bulk: bulk)
        configuration.requestLog.connect(inbox, client: client)
    }

    func run() throws(TerminalError) -> DashboardOutcome {
        let signals = SignalWatcher(inbox: inbox)
        defer { signals.cancel() }
        let terminal = try Terminal(
            options: Terminal.Options(mouse: configuration.mouse), environment: configuration.environment)
        defer {
            effects.cancelAll()
            terminal.stop()
        }
        let (theme, themeError) = loadTheme(capability: terminal.colorCapability)

        let policy = RefreshPolicy(
            balancesInterval: configuration.refreshInterval, listsInterval: configuration.listRefreshInterval,
            jitter: Self.jitter)
        var state = AppState(
            mode: configuration.mode, now: .now(), refreshPolicy: policy, jitterSeed: .random(in: .min ... .max),
            thresholds: configuration.thresholds)
        state.pageSize = pageSize(for: terminal.size)
        // Times are shown on the machine's clock, as the CLI and the journal write them.
        state.timeZone = .current
        state.screenSize = terminal.size
        state.sandboxAddress = configuration.sandboxAddress
        state.isCashierMode = configuration.cashierMode
        if configuration.cashierMode || configuration.opensWizard { state.wizard = ChargeWizard() }
        configuration.requestLog.prepare(&state, opensExplorer: configuration.opensExplorer)
        payments.loadAttention()
        operations.loadTransferAttention()
        if let journalProblem {
            state.showNotice(journalProblem, seconds: 30)
        }
        if let themeError {
            // Said on screen at once, where the person who chose the theme is looking.
            state.showNotice(
                LocalizedText(en: themeError.message(in: .english), fr: themeError.message(in: .french)), seconds: 20)
        }
        var bytesSeen: Int64 = 0
        var needsRender = true
        // The first tick finds nothing loaded yet and starts the first refresh.
        var lastTick = Date.distantPast
        var pacing = FramePacing()

        while true {
            var actions: [Action] = []
            // Sleeps until a key, an answer (the inbox's pipe), the state's next wake or a frame
            // held for an answer.
            let wait = pacing.wait(Self.milliseconds(until: state.nextWake, lastTick: lastTick), now: Date())
            let event = terminal.nextEvent(waitingUpTo: wait, wakeDescriptor: inbox.wakeDescriptor)
            if let event {
                if event == .hangUp { return DashboardOutcome(signal: SIGHUP, themeError: themeError) }
                if case .key(.resize) = event {
                    state.pageSize = pageSize(for: terminal.size)
                    actions.append(.resized(terminal.size))
                    needsRender = true
                }
                if let action = event.action(in: state, size: terminal.size) { actions.append(action) }
            }
            let (posted, stopSignal) = inbox.drain()
            let pass: FramePacing.Pass = event != nil || needsRender ? .input : posted.isEmpty ? .clock : .answers
            if let stopSignal { return DashboardOutcome(signal: stopSignal, themeError: themeError) }
            actions += posted
            // A key is handled on a fresh clock (a payment's start time, its journal id), and so
            // is whatever is due.
            let keyCame = actions.contains { if case .key = $0 { true } else { false } }
            if Self.isDue(state.nextWake, lastTick: lastTick) || (keyCame && Date().timeIntervalSince(lastTick) >= 0.5)
            {
                lastTick = Date()
                actions.insert(.tick(.now()), at: 0)
                let bytes = configuration.traffic.bytes
                if bytes != bytesSeen {
                    bytesSeen = bytes
                    actions.append(.trafficMeasured(bytes: bytes))
                }
            }

            let before = state
            var startedReads = false
            for action in actions {
                for effect in reduce(&state, action) {
                    switch effect {
                    case .quit: return DashboardOutcome(signal: nil, themeError: themeError)
                    case .ringBell: terminal.beep()
                    case .copyToClipboard(let text):
                        let environment = configuration.environment
                        let key = configuration.requestLog.publicKey(in: configuration.mode)
                        inbox.post(
                            ClipboardCopy.perform(text, terminal: terminal, environment: environment, keeping: key))
                    default:
                        startedReads = startedReads || effect.isRefreshRead
                        effects.start(effect)
                    }
                }
            }
            // Comparing is cheap: unchanged lists share storage, and Array == checks that first.
            let changed = needsRender || state.mayLookDifferent(from: before)
            if pacing.shouldDraw(
                changed: changed, pass: pass, startedReads: startedReads, readsInFlight: state.isRefreshing, now: Date()
            ) {
                terminal.draw(render(state, theme: theme, size: terminal.size, language: configuration.language))
                needsRender = false
            }
        }
    }

    private func loadTheme(capability: ColorCapability) -> (Theme, ThemeError?) {
        guard let directory = configuration.themeDirectory else {
            return (Theme.fallback.degraded(to: capability), nil)
        }
        return ThemeLoader(directory: directory).loadOrDefault(configuration.themeName, capability: capability)
    }

    /// How long the loop may sleep: until `wake`, at least `minimumTickGap` after the last tick
    /// (a wake already due must not spin the loop), at most `maximumSleep` (a safety net: the
    /// clock is read again at least that often).
    static func milliseconds(until wake: Timestamp?, lastTick: Date) -> Int32 {
        let now = Timestamp.now()
        var seconds = maximumSleep
        if let wake {
            seconds = min(seconds, Double(wake.microsecondsSinceEpoch - now.microsecondsSinceEpoch) / 1_000_000)
        }
        seconds = max(seconds, minimumTickGap - Date().timeIntervalSince(lastTick), 0)
        return Int32((seconds * 1_000).rounded(.up))
    }

    /// Whether the clock must tick now: the state's wake has come, or the safety net's time.
    static func isDue(_ wake: Timestamp?, lastTick: Date) -> Bool {
        let sinceTick = Date().timeIntervalSince(lastTick)
        guard sinceTick >= minimumTickGap else { return false }
        guard let wake else { return sinceTick >= maximumSleep }
        return wake <= Timestamp.now() || sinceTick >= maximumSleep
    }

    /// PgUp / PgDn move by about the rows a list pane shows at this size.
    private func pageSize(for size: Size) -> Int {
        max(1, (size.height - 12) / 2)
    }
}
