import ArgumentParser
import Localization
import SenfenicoAPI

/// `senfenico checkouts`: hosted payment pages the customer is sent to.
struct CheckoutsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkouts",
        abstract: "List, show and create checkouts (hosted payment pages).",
        discussion: """
            A checkout gives an authorization_url: send the customer there to pay; they come back to \
            your success or cancel URL.

            Examples:
              senfenico checkouts create --amount 600 --success-url https://shop.example/ok --cancel-url https://shop.example/cancel
              senfenico checkouts get chk_…
              senfenico checkouts list --json | jq '.data[] | select(.status == "pending") | .reference'
            """,
        subcommands: [CheckoutsListCommand.self, CheckoutsGetCommand.self, CheckoutsCreateCommand.self],
        defaultSubcommand: CheckoutsListCommand.self
    )
}

struct CheckoutsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the account's checkouts, newest first.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico checkouts list
              senfenico checkouts list --json | jq '.data | length'
            \(CommandLineHelp.sandboxNote)
            """
    )

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await APICommand.run(connection, output) { context in
            let checkouts = try await context.client.checkouts()
            try context.emit(.checkoutList) { CheckoutText(language: context.language).list(checkouts) }
        }
    }
}

struct CheckoutsGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Show one checkout.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico checkouts get chk_de1ca053573c40a29a9fe95e7ad91d7e
              senfenico checkouts get chk_… --json | jq -r .data.status
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Argument(help: "The checkout's reference (chk_…).")
    var reference: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(["<reference>": reference], language: connection.language)
        try await APICommand.run(connection, output) { context in
            let checkout = try await context.client.checkout(reference: reference)
            try context.emit(.checkoutFetch) { CheckoutText(language: context.language).details(checkout) }
        }
    }
}

struct CheckoutsCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a checkout; prints the authorization_url to send the customer to.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico checkouts create --amount 600 --email customer@mail.com \\
                --success-url https://shop.example/ok --cancel-url https://shop.example/cancel
              senfenico checkouts create --amount 600 --success-url https://shop.example/ok \\
                --cancel-url https://shop.example/cancel --json | jq -r .data.authorization_url
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Option(help: ArgumentHelp("Whole francs CFA.", valueName: "francs"))
    var amount: AmountArgument

    @Option(help: "The customer's email address (optional).")
    var email: String?

    @Option(help: ArgumentHelp("Where the customer lands after paying (http or https).", valueName: "url"))
    var successURL: String

    @Option(help: ArgumentHelp("Where the customer lands after cancelling (http or https).", valueName: "url"))
    var cancelURL: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(
            [
                "--amount": amount.text, "--email": email, "--success-url": successURL, "--cancel-url": cancelURL,
            ], language: connection.language)
        try await APICommand.run(connection, output) { context in
            let request: CheckoutRequest
            switch CheckoutRequest.validated(
                amount: try amount.money(), email: email, successURL: successURL, cancelURL: cancelURL)
            {
            case .success(let valid): request = valid
            case .failure(let issue): throw SenfenicoError.validation(issue)
            }
            let session = try await context.client.initializeCheckout(request)
            try context.emit(.checkoutInitialize) {
                TextTable.details(
                    [
                        (Strings.Dashboard.columnReference, session.reference),
                        (Strings.CommandLine.fieldAuthorizationURL, session.authorizationURL),
                        (Strings.CommandLine.fieldMode, session.liveMode ? "live" : "test"),
                    ], language: context.language)
                    + "\n\n" + Strings.CommandLine.nextCheckout.text(in: context.language)
            }
        }
    }
}

/// Checkouts as a table and a detail block.
struct CheckoutText {
    let language: Language
    private typealias C = Strings.CommandLine
    private typealias D = Strings.Dashboard

    func list(_ checkouts: [Checkout]) -> String {
        guard !checkouts.isEmpty else { return C.noneYet.text(in: language) }
        let header = [C.fieldCreated, D.columnReference, D.columnAmount, D.columnStatus, C.fieldEmail, D.columnPhone]
            .map { $0.text(in: language) }
        let rows = checkouts.map { checkout in
            [
                Display.time(checkout.createdAt), checkout.reference, checkout.amount.formatted(language),
                status(checkout.status), checkout.email ?? "", Display.phone(checkout.phone),
            ]
        }
        return TextTable.render([header] + rows)
    }

    func details(_ checkout: Checkout) -> String {
        TextTable.details(
            [
                (D.columnReference, checkout.reference),
                (D.columnStatus, status(checkout.status)),
                (D.columnAmount, checkout.amount.formatted(language)),
                (C.fieldEmail, checkout.email ?? ""),
                (D.columnProvider, checkout.provider.map { Provider(rawValue: $0).displayName } ?? ""),
                (D.columnPhone, Display.phone(checkout.phone)),
                (C.fieldChargeReference, checkout.chargeReference ?? ""),
                (C.fieldSuccessURL, checkout.successURL ?? ""),
                (C.fieldCancelURL, checkout.cancelURL ?? ""),
                (C.fieldCreated, Display.time(checkout.createdAt)),
                (C.fieldUpdated, Display.time(checkout.updatedAt)),
                (C.fieldMode, checkout.liveMode ? "live" : "test"),
            ], language: language)
    }

    private func status(_ status: CheckoutStatus) -> String { status.words.text(in: language) }
}
