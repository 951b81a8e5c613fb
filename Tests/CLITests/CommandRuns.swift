import Testing

/// Every command test runs inside this suite, one at a time: each starts the built binary
/// (and sandboxes), and dozens at once on a shared 2-core machine starve the tmux tests.
@Suite(.serialized) enum CommandRuns {}
