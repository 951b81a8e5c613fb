import Testing

/// Every tmux test runs inside this suite, one at a time: each starts the real binary with its
/// embedded sandbox, and several at once on a shared 2-core machine starve each other.
@Suite(.serialized) enum TerminalSessions {}
