import ArgumentParser
import Localization
import SenfenicoAPI

/// `--confirm-live AMOUNT`, shared by the commands that move money. With a `sk_live_` key
/// nothing is sent until the person says how much: on a terminal by typing the amount, as the
/// dashboard asks; in a script with this option, so a key pasted into the wrong shell cannot
/// pay anyone by itself. Test keys and the embedded sandbox never ask.
struct LiveConfirmation: ParsableArguments {
    @Option(
        name: .customLong("confirm-live"),
        help: ArgumentHelp(
            "With a live key: the amount to send (for transfers bulk, the file's total), to confirm real money.",
            discussion: """
                With a sk_live_ key the command asks on the terminal to type the amount; without a \
                terminal this option is required and must equal it, else nothing is sent. Ignored in \
                test mode.
                """,
            valueName: "francs"))
    var confirmLive: String?

    /// What to do before sending `amount`.
    enum Verdict: Equatable {
        /// Not live, or confirmed by the option: send.
        case send
        /// Live on a terminal: ask (see `ask`).
        case ask
        /// Live and not confirmed: say why, send nothing.
        case refuse(LocalizedText)
    }

    /// Decides without asking anyone. `canAsk`: standard input and standard error are a
    /// terminal and standard input is not the data itself.
    func verdict(amount: Money, mode: APISession.Mode, canAsk: Bool) -> Verdict {
        guard mode == .live else { return .send }
        let expected = String(amount.francs)
        if let given = confirmLive {
            if case .success(let money) = Validator.amount(given), money == amount { return .send }
            return .refuse(
                Strings.LiveConfirmation.flagMismatch.filling([
                    "given": TextSanitizer.clean(given), "amount": expected,
                ]))
        }
        return canAsk ? .ask : .refuse(Strings.LiveConfirmation.needsFlag.filling(["amount": expected]))
    }

    /// Asks on the terminal for the amount, as the dashboard does; true when it matches.
    static func ask(amount: Money, language: Language) -> Bool {
        let question = Strings.Operations.liveConfirm.filling(["amount": String(amount.francs)])
        Console.errRaw(question.text(in: language) + " ")
        let typed = readLine() ?? ""
        guard case .success(let money) = Validator.amount(typed), money == amount else { return false }
        return true
    }

    /// The whole check for a command sending `amount`: returns when it may be sent; otherwise
    /// says why on standard error and ends the command (2 when the option is missing or wrong,
    /// 1 when the person typed another amount), before anything is sent.
    func confirm(_ amount: Money, _ context: APICommandContext, canAsk: Bool = LiveConfirmation.terminalCanAsk)
        throws
    {
        try carryOut(verdict(amount: amount, mode: context.session.mode, canAsk: canAsk), amount: amount, context)
    }

    /// Acts on a verdict already reached: sends on (with the live warning), asks, or refuses.
    func carryOut(_ verdict: Verdict, amount: Money, _ context: APICommandContext) throws {
        switch verdict {
        case .send:
            context.warnIfLive()
        case .ask:
            guard Self.ask(amount: amount, language: context.language) else {
                context.note(Strings.Operations.liveMismatch)
                throw ExitCode.failure
            }
        case .refuse(let reason):
            Console.err(
                Strings.CommandLine.errorLine.filling(["message": reason.text(in: context.language)]).text(
                    in: context.language))
            throw ExitCode(ExitStatus.inputRefused)
        }
    }

    /// Someone can be asked: standard input to read the answer, standard error to show the question.
    static var terminalCanAsk: Bool { Console.stdinIsTerminal && Console.stderrIsTerminal }
}

extension ExitStatus {
    /// Input refused before anything is sent: the status every validation error has (2).
    static var inputRefused: Int32 { code(for: .validation(.amountEmpty)) }
}
