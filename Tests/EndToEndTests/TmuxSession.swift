import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The built `senfenico` binary running in a detached tmux session, read back as text the way a
/// person sees it. Nothing is built here: `swift test` builds the executable with the tests.
///
/// Each session has a tmux server of its own (`-L name`): sessions of one shared server were
/// seen to vanish with it under a loaded full run, and a server per session keeps one test's
/// ending (its server exiting with its last session) from ever touching another's.
struct TmuxSession {
    /// The environment variable naming a session in each process it starts.
    static let marker = "SENFENICO_TEST_SESSION"
    let name: String
    /// The session's own HOME, with its XDG folders inside.
    let home: String
    /// The pane's shell, read while the server is surely there: it leads the pane's process
    /// group, so `close` can end the program even when the tmux server has already gone.
    let shell: pid_t?

    /// The binary next to the test bundle (both live in `.build/<triple>/debug`), else the
    /// package's `.build/debug`. A missing binary or tmux fails the test: skipping would let CI
    /// pass without ever running the dashboard.
    static func binary() throws -> URL {
        let bundleDirectory = Bundle.main.bundleURL.deletingLastPathComponent()
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            bundleDirectory.appendingPathComponent("senfenico"),
            Bundle.main.bundleURL.appendingPathComponent("senfenico"),
            packageRoot.appendingPathComponent(".build/debug/senfenico"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw EndToEndFailure(
                "senfenico binary not found (looked at \(candidates.map(\.path).joined(separator: ", "))); "
                    + "run `swift build --product senfenico` first")
        }
        return found
    }

    /// Starts `senfenico ARGS` at COLS x ROWS with LANG; the shell prints `EXITED:<status>` when
    /// it ends, so a crash or the exit status can be read from the screen.
    /// - Parameters:
    ///   - config: the text of `config.toml` in the session's own config folder.
    ///   - environment: more variables for the program (a key, a base URL, sandbox faults).
    ///   - home: reuse an earlier session's HOME (its journal), as a restarted till would.
    static func start(
        _ arguments: [String], columns: Int = 120, rows: Int = 40, lang: String = "C.UTF-8", config: String? = nil,
        environment: [String: String] = [:], home reusedHome: String? = nil
    ) throws -> TmuxSession {
        let binary = try binary()
        let name = "senfenico-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let home = reusedHome ?? FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        if let config {
            let folder = "\(home)/config/senfenico"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try config.write(toFile: "\(folder)/config.toml", atomically: true, encoding: .utf8)
        }
        let command =
            "env -u SENFENICO_API_KEY -u SENFENICO_BASE_URL -u NO_COLOR HOME=\(home) XDG_CONFIG_HOME=\(home)/config "
            + "XDG_DATA_HOME=\(home)/data XDG_STATE_HOME=\(home)/state TERM=xterm-256color LANG=\(lang) "
            + "\(Self.marker)=\(name) "
            + environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)' " }.joined()
            + "'\(binary.path)' " + arguments.joined(separator: " ") + "; echo EXITED:$?; sleep 60"
        try tmux(["-L", name, "new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
        // The pane's shell is what `close` kills: asked until tmux tells it (a loaded machine
        // was seen to answer late), never left unknown.
        var shell: pid_t?
        for _ in 0..<50 where shell == nil {
            shell = (try? tmux(["-L", name, "list-panes", "-t", name, "-F", "#{pane_pid}"]))
                .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if shell == nil { usleep(100_000) }
        }
        return TmuxSession(name: name, home: home, shell: shell)
    }

    /// The senfenico process: the only child of the pane's shell.
    func programID() throws -> pid_t {
        let shell = try Self.tmux(["-L", name, "list-panes", "-t", name, "-F", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let child = children.split(separator: " ").first.flatMap({ pid_t($0) }) else {
            throw EndToEndFailure("no program running under the pane's shell \(shell)")
        }
        return child
    }

    /// Kills the program with SIGKILL, as a power cut or `kill -9` would, and waits until it is
    /// gone. Its death is read from the process table, not from the pane: in a loaded full run,
    /// tmux 3.3a's server was seen to vanish right after such a kill (only there, never alone),
    /// and the restart that follows uses a new session with a server of its own anyway.
    func killProgram() async throws {
        let program = try programID()
        kill(program, SIGKILL)
        let deadline = Date().addingTimeInterval(30)
        while kill(program, 0) == 0 && !isZombie(program), Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        guard kill(program, 0) != 0 || isZombie(program) else {
            throw EndToEndFailure("senfenico \(program) still runs 30 s after SIGKILL")
        }
    }

    /// A killed process stays in the table as a zombie until its shell reaps it.
    private func isZombie(_ program: pid_t) -> Bool {
        let stat = (try? String(contentsOfFile: "/proc/\(program)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    func screen() -> String {
        (try? Self.tmux(["-L", name, "capture-pane", "-p", "-t", name])) ?? ""
    }

    func send(_ keys: String...) throws {
        try Self.tmux(["-L", name, "send-keys", "-t", name] + keys)
    }

    func resize(columns: Int, rows: Int) throws {
        try Self.tmux(["-L", name, "resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Polls the screen until `text` shows (case-insensitive); the last screen on failure.
    func waitFor(_ text: String, seconds: Double = 60) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if screen().localizedCaseInsensitiveContains(text) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        // Whether tmux still knows the session says more than an empty screen would.
        let server: String
        do {
            server = try Self.tmux(["-L", name, "list-sessions"])
        } catch {
            server = "\(error)"
        }
        throw EndToEndFailure(
            "\"\(text)\" did not appear within \(seconds) s; tmux: \(server)\nscreen:\n\(screen())")
    }

    /// Ends the session; the program sees its terminal hang up and must exit by itself.
    /// `keepHome` leaves its files for a restarted session. Unless `hangUpOnly` (for the test
    /// that proves the program leaves on a hang-up), the pane's process group is then killed:
    /// a standalone sandbox does not end on SIGHUP, and a tmux server that went away takes no
    /// process with it.
    ///
    /// Then no process may be left: every process whose environment has this session's marker
    /// (the program, a sandbox it started, the shell, whatever left the process group) is
    /// looked for, killed, and reported as a test failure if it outlived the close. (Not its
    /// HOME: a restarted till shares its HOME with the session before it.)
    func close(keepHome: Bool = false, hangUpOnly: Bool = false) {
        _ = try? Self.tmux(["-L", name, "kill-session", "-t", name])
        if !hangUpOnly, let shell, shell > 1 { killpg(shell, SIGKILL) }
        _ = try? Self.tmux(["-L", name, "kill-server"])
        if !hangUpOnly { Self.endLeftovers(session: name) }
        if !keepHome { try? FileManager.default.removeItem(atPath: home) }
    }

    /// Waits up to 5 s for the processes of a closed session to go, then kills and reports
    /// any still there.
    static func endLeftovers(session: String) {
        var left = LeftoverProcesses.with(environment: "\(marker)=\(session)")
        for _ in 0..<50 where !left.isEmpty {
            usleep(100_000)
            left = LeftoverProcesses.with(environment: "\(marker)=\(session)")
        }
        guard !left.isEmpty else { return }
        for process in left { kill(process.id, SIGKILL) }
        let found: String = left.map { "\($0.id) \($0.command)" }.joined(separator: "; ")
        Issue.record(Comment(rawValue: "processes left running after session \(session) closed: \(found)"))
    }

    /// Runs tmux with posix_spawn and waitpid. Foundation's `Process` is not used: under the
    /// test runner its exit notification never came and the tmux client stayed a zombie.
    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        try run("tmux", arguments, missing: "install it: apt-get install tmux")
    }

    /// Runs a program found on PATH and returns what it wrote (standard error included); a
    /// non-zero exit is an error carrying that text.
    @discardableResult
    static func run(
        _ program: String, _ arguments: [String], missing: String, keepErrors: Bool = true
    ) throws -> String {
        // A file, not a pipe: the tmux server forked by the first new-session keeps the
        // descriptor open for its whole life, so a pipe would never reach end of file.
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if keepErrors {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw EndToEndFailure("cannot run \(program) (\(missing)): error \(spawned)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exitStatus == 0 else {
            throw EndToEndFailure("\(program) \(arguments.first ?? "") failed (status \(status)): \(text)")
        }
        return text
    }
}

struct EndToEndFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
