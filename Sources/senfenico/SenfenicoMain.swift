import ArgumentParser

/// The entry point: swift-argument-parser's own `main`, except that a command line it cannot
/// parse is said in the user's language, with the nearest command to a mistyped one
/// (`ArgumentErrors`). Help, `--version`, completions and the errors of running commands go
/// through `Senfenico.exit(withError:)` as before.
@main
enum SenfenicoMain {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The completion scripts' requests are answered from the tree they were generated from.
        if CompletionTree.handles(arguments) {
            await CompletionTree.main(arguments)
            return
        }
        var command: ParsableCommand
        do {
            command = try await Senfenico.asyncParseAsRoot(arguments)
        } catch {
            ArgumentErrors.exit(with: error, arguments: arguments)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            Senfenico.exit(withError: error)
        }
    }
}
