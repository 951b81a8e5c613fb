import ArgumentParser
import Localization
import SenfenicoAPI

/// `senfenico settlements`: collected money paid out to the merchant's own account.
struct SettlementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settlements",
        abstract: "List, show, create and cancel settlements (payouts to your own account).",
        discussion: """
            A settlement pays collected money to the payment account set up in Senfenico's \
            administration interface. It can be cancelled while it is still processing.

            Examples:
              senfenico settlements create --amount 50000
              senfenico settlements cancel d1b19637-3cce-45e7-898b-265ddfbc981c
              senfenico settlements list --json | jq '.data[0].status'
            """,
        subcommands: [
            SettlementsListCommand.self, SettlementsGetCommand.self, SettlementsCreateCommand.self,
            SettlementsCancelCommand.self,
        ],
        defaultSubcommand: SettlementsListCommand.self
    )
}

struct SettlementsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the account's settlements, newest first.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico settlements list
              senfenico settlements list --json | jq -r '.data[] | [.reference, .status] | @tsv'
            \(CommandLineHelp.sandboxNote)
            """
    )

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await APICommand.run(connection, output) { context in
            let settlements = try await context.client.settlements()
            try context.emit(.settlementList) { SettlementText(language: context.language).list(settlements) }
        }
    }
}

struct SettlementsGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Show one settlement.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico settlements get dc5a902d-a4eb-4025-b4f1-3c9b30468b64
              senfenico settlements get dc5a902d-… --json | jq -r .data.status
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Argument(help: "The settlement's reference.")
    var reference: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(["<reference>": reference], language: connection.language)
        try await APICommand.run(connection, output) { context in
            let settlement = try await context.client.settlement(reference: reference)
            try context.emit(.settlementFetch) { SettlementText(language: context.language).details(settlement) }
        }
    }
}

struct SettlementsCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Pay collected money out to your payment account.",
        discussion: """
            Sent once, never repeated: if the answer is lost, look for the settlement in \
            `senfenico settlements list` before trying again.

            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico settlements create --amount 50000
              senfenico settlements create --amount "1 000" --json | jq -r .data.reference
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Option(help: ArgumentHelp("Whole francs CFA.", valueName: "francs"))
    var amount: AmountArgument

    @OptionGroup var live: LiveConfirmation
    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(
            ["--amount": amount.text, "--confirm-live": live.confirmLive], language: connection.language)
        try await APICommand.run(connection, output) { context in
            let request = SettlementRequest(amount: try amount.money())
            try live.confirm(request.amount, context)
            let settlement = try await context.client.createSettlement(request)
            try context.emit(.settlementCreate) { SettlementText(language: context.language).details(settlement) }
        }
    }
}

struct SettlementsCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a settlement that is still processing.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico settlements cancel d1b19637-3cce-45e7-898b-265ddfbc981c
              senfenico settlements cancel d1b19637-… --json | jq -r .data.status
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Argument(help: "The settlement's reference.")
    var reference: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(["<reference>": reference], language: connection.language)
        try await APICommand.run(connection, output) { context in
            context.warnIfLive()
            let settlement = try await context.client.cancelSettlement(reference: reference)
            try context.emit(.settlementCancel) { SettlementText(language: context.language).details(settlement) }
        }
    }
}

/// Settlements as a table and a detail block.
struct SettlementText {
    let language: Language
    private typealias C = Strings.CommandLine
    private typealias D = Strings.Dashboard

    func list(_ settlements: [Settlement]) -> String {
        guard !settlements.isEmpty else { return C.noneYet.text(in: language) }
        let header = [
            C.fieldCreated, D.columnReference, D.columnAmount, C.fieldSettlementFees, D.columnStatus,
            C.fieldAccountType,
        ].map { $0.text(in: language) }
        let rows = settlements.map { settlement in
            [
                Display.time(settlement.createdAt), settlement.reference, settlement.amount.formatted(language),
                Display.money(settlement.settlementFees, language), status(settlement.status),
                settlement.accountType?.rawValue ?? "",
            ]
        }
        return TextTable.render([header] + rows)
    }

    func details(_ settlement: Settlement) -> String {
        let destination = settlement.destination
        return TextTable.details(
            [
                (D.columnReference, settlement.reference),
                (D.columnStatus, status(settlement.status)),
                (D.columnAmount, settlement.amount.formatted(language)),
                (C.fieldSettlementFees, Display.money(settlement.settlementFees, language)),
                (C.fieldAccountType, settlement.accountType?.rawValue ?? ""),
                (C.fieldBank, destination.bankName ?? ""),
                (C.fieldRIB, destination.rib ?? ""),
                (C.fieldIBAN, destination.iban ?? ""),
                (D.columnProvider, destination.provider ?? ""),
                (D.columnPhone, Display.phone(destination.phone)),
                (C.fieldCreated, Display.time(settlement.createdAt)),
                (C.fieldUpdated, Display.time(settlement.updatedAt)),
                (C.fieldMode, settlement.liveMode ? "live" : "test"),
            ], language: language)
    }

    private func status(_ status: SettlementStatus) -> String { status.words.text(in: language) }
}
