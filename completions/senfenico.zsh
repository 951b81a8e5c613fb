#compdef senfenico

__senfenico_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__senfenico_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __senfenico_complete "${completions[@]:0:-1}"
    fi
}

__senfenico_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_senfenico() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--theme[Colour theme\: a file NAME.toml in the themes directory (default, high-contrast, monochrome).]:theme:{__senfenico_custom_complete ---completion -- --theme "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--mouse[Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.]'
        '--no-mouse[Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.]'
        '--sandbox-port[Port of the embedded sandbox (no API key), to call it from outside; 0 picks a free one.]:sandbox-port:'
        '--cashier[Counter mode\: open on the charge wizard, back to it after each payment; transfers hidden.]'
        '--explorer[Open on the developer view\: every API request of the session, its JSON, and a curl command to copy.]'
        '--refresh[Seconds between two balance refreshes (longer after errors).]:refresh:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'dashboard:Watch balances, recent charges and transfers live in the terminal.'
            'charge:Take a mobile-money payment with the guided wizard (then stay on the dashboard).'
            'overview:Show balances, recent charges and recent transfers.'
            'sandbox:Run a local emulator of Senfenico'\''s test mode on loopback, or move its clock.'
            'journal:The local journal of the charges started at this terminal.'
            'balance:Show the collection balance and the transfer balance of each wallet.'
            'charges:List, show, create charges and submit their OTP.'
            'transfers:List, show and send transfers (payouts), one at a time or in bulk from a CSV file.'
            'settlements:List, show, create and cancel settlements (payouts to your own account).'
            'checkouts:List, show and create checkouts (hosted payment pages).'
            'completion:Print the completion script for bash, zsh or fish.'
            'version:Show the version, the git commit it was built from and the Swift version.'
            'auth:Show which profile, key and API address are in use, and whether the API answers.'
            'config:Show or change the settings of the config file.'
            'listen:Receive webhooks on loopback, check their hash, print them and forward them.'
            'webhook:Check webhooks Senfenico sent.'
            'logs:Watch the requests a local sandbox answers.'
            'trigger:Make a local sandbox produce an event: charge.success, transfer.failed, checkout.completed…'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        dashboard|charge|overview|sandbox|journal|balance|charges|transfers|settlements|checkouts|completion|version|auth|config|listen|webhook|logs|trigger|help)
            "_senfenico_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_dashboard() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion dashboard -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--theme[Colour theme\: a file NAME.toml in the themes directory (default, high-contrast, monochrome).]:theme:{__senfenico_custom_complete ---completion dashboard -- --theme "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--mouse[Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.]'
        '--no-mouse[Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.]'
        '--sandbox-port[Port of the embedded sandbox (no API key), to call it from outside; 0 picks a free one.]:sandbox-port:'
        '--cashier[Counter mode\: open on the charge wizard, back to it after each payment; transfers hidden.]'
        '--explorer[Open on the developer view\: every API request of the session, its JSON, and a curl command to copy.]'
        '--refresh[Seconds between two balance refreshes (longer after errors).]:refresh:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_charge() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion charge -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--theme[Colour theme\: a file NAME.toml in the themes directory (default, high-contrast, monochrome).]:theme:{__senfenico_custom_complete ---completion charge -- --theme "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--mouse[Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.]'
        '--no-mouse[Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.]'
        '--sandbox-port[Port of the embedded sandbox (no API key), to call it from outside; 0 picks a free one.]:sandbox-port:'
        '--cashier[Counter mode\: open on the charge wizard, back to it after each payment; transfers hidden.]'
        '--explorer[Open on the developer view\: every API request of the session, its JSON, and a curl command to copy.]'
        '--refresh[Seconds between two balance refreshes (longer after errors).]:refresh:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_overview() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--limit[How many recent charges and transfers to show. --json always prints the whole answers.]:limit:'
        '--json[Print one JSON object, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion overview -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_sandbox() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'serve:Run a local emulator of Senfenico'\''s test mode on loopback.'
            'advance:Move a running sandbox'\''s clock forward (90s, 5m, 2h, 1d).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        serve|advance)
            "_senfenico_sandbox_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_sandbox_serve() {
    local -i ret=1
    local -ar ___log_format=('text' 'json')
    local -ar arg_specs=(
        '--port[Port to listen on (0 picks a free one).]:port:'
        '--host[Loopback address to listen on\: 127.0.0.1, \:\:1 or localhost.]:host:'
        '--time-scale[Multiplies every simulated delay (0.01 makes a minute 0.6 s).]:time-scale:'
        '--seed-charges[Past charges to create in each new account.]:seed-charges:'
        '--seed-transfers[Past transfers to create in each new account.]:seed-transfers:'
        '--seed[Seed of the generated history\: the same seed gives the same history.]:seed:'
        '--api-key-file[Accept only the test key in this file.]:path:_files'
        '*--fault[A fault to inject (repeatable).]:spec:'
        '--no-etag[Send no ETag and ignore If-None-Match\: every list read is a full answer, as from an API without caching.]'
        '--no-gzip[Never gzip answers, even when the caller accepts gzip.]'
        '*--webhook-url[Deliver every state change to this URL as a signed webhook (repeatable).]:url:'
        '--webhook-key-file[Sign webhooks with the key in this file.]:path:_files'
        '--quiet[Print no line per request (`senfenico logs tail` still sees them).]'
        '--log-format[Format of the request lines\: text or json (one JSON object a line).]:format:{__senfenico_complete "${___log_format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_sandbox_advance() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':duration:'
        '--base-url[Address of the sandbox (default\: the newest one running on this machine).]:base-url:'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_journal() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'export:Write one day'\''s charges, with totals per operator and per stage.'
            'list:Show a day'\''s charges, or those that need attention.'
            'resolve:Mark a payment that needs attention as resolved.'
            'transfers:Show a day'\''s transfers sent from this terminal, or those left unfinished.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        export|list|resolve|transfers)
            "_senfenico_journal_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_journal_export() {
    local -i ret=1
    local -ar ___separator=(';' ',' 'tab')
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--csv[CSV (RFC 4180)\: the only format, and the default.]'
        '--date[The day, on this machine'\''s clock (default\: today).]:YYYY-MM-DD:'
        '--output[Write the CSV to this file instead of standard output, and a summary line to standard error.]:path:_files -g '\''*.csv'\'''
        '--separator[The field separator\: '\'';'\'', '\'','\'' or tab (default\: '\'';'\'' in French, '\'','\'' in English).]:separator:{__senfenico_complete "${___separator[@]}"}'
        '--raw[Add the API'\''s raw values (provider, server_status, stage, failure_code) in extra columns.]'
        '--excel[Start the file with a UTF-8 byte order mark, for spreadsheets that need one.]'
        '--journal[The journal file (default\: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).]:path:_files -g '\''*.sqlite'\'''
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion journal export -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[The account whose entries are shown is this file'\''s key (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file; none\: the embedded sandbox).]:path:_files'
        '--all-accounts[Every account'\''s entries, each row with its account'\''s mode (sandbox, test, live).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_journal_list() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--unfinished[Only the payments that need attention, whatever their day.]'
        '--json[Print a JSON array of the entries, and nothing else, on standard output.]'
        '--date[The day, on this machine'\''s clock (default\: today); ignored with --unfinished.]:YYYY-MM-DD:'
        '--journal[The journal file (default\: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).]:path:_files -g '\''*.sqlite'\'''
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion journal list -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[The account whose entries are shown is this file'\''s key (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file; none\: the embedded sandbox).]:path:_files'
        '--all-accounts[Every account'\''s entries, each row with its account'\''s mode (sandbox, test, live).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_journal_resolve() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':id:'
        '--note[What was checked or done\: it stays in the journal and in the export.]:note:'
        '--journal[The journal file (default\: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).]:path:_files -g '\''*.sqlite'\'''
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion journal resolve -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_journal_transfers() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--unfinished[Only the transfers left sending or with a lost answer, whatever their day.]'
        '--json[Print a JSON array of the entries, and nothing else, on standard output.]'
        '--date[The day, on this machine'\''s clock (default\: today); ignored with --unfinished.]:YYYY-MM-DD:'
        '--journal[The journal file (default\: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).]:path:_files -g '\''*.sqlite'\'''
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion journal transfers -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[The account whose entries are shown is this file'\''s key (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file; none\: the embedded sandbox).]:path:_files'
        '--all-accounts[Every account'\''s entries, each row with its account'\''s mode (sandbox, test, live).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_balance() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion balance -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_charges() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the account'\''s charges, newest first.'
            'get:Show one charge, with its OTP attempts.'
            'create:Ask a customer'\''s wallet for a payment; prints the reference and the operator'\''s instructions.'
            'submit-otp:Submit the OTP the customer received, to complete a charge.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|get|create|submit-otp)
            "_senfenico_charges_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_charges_list() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--limit[How many charges the table shows (0\: all). --json always prints the whole answer.]:limit:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion charges list -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_charges_get() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':reference:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion charges get -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_charges_create() {
    local -i ret=1
    local -ar ___provider=('orange_bf' 'moov_bf' 'coris_bf' 'sank_bf')
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--amount[Whole francs CFA (spaces between groups allowed).]:francs:'
        '--phone[The customer'\''s Burkina Faso mobile number (76000000, +226 76 00 00 00, …).]:phone:'
        '--provider[orange_bf, moov_bf, coris_bf or sank_bf (default\: guessed from the number'\''s prefix).]:provider:{__senfenico_complete "${___provider[@]}"}'
        '--confirm-live[With a live key\: the amount to send (for transfers bulk, the file'\''s total), to confirm real money.]:francs:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion charges create -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_charges_submit-otp() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':reference:'
        '--otp[The code (4 to 8 digits), or - to read it from standard input.]:code:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion charges submit-otp -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_transfers() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the account'\''s transfers, newest first.'
            'get:Show one transfer.'
            'create:Send one transfer to a mobile-money wallet.'
            'bulk:Send transfers from a CSV file: preview, confirm, send in batches, show every row'\''s result.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|get|create|bulk)
            "_senfenico_transfers_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_transfers_list() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--limit[How many transfers the table shows (0\: all). --json always prints the whole answer.]:limit:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion transfers list -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_transfers_get() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':reference:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion transfers get -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_transfers_create() {
    local -i ret=1
    local -ar ___wallet=('orange_bf' 'moov_bf' 'sank_bf')
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--amount[Whole francs CFA, at least 100.]:francs:'
        '--phone[The recipient'\''s Burkina Faso mobile number.]:phone:'
        '--wallet[orange_bf, moov_bf or sank_bf (default\: Senfenico picks the wallet of the number'\''s network).]:wallet:{__senfenico_complete "${___wallet[@]}"}'
        '--ext-id[Your own identifier for this transfer (default\: a new UUID, printed first).]:id:'
        '--confirm-live[With a live key\: the amount to send (for transfers bulk, the file'\''s total), to confirm real money.]:francs:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion transfers create -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_transfers_bulk() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':file.csv:_files -g '\''*.csv'\'''
        '--dry-run[Check the file and show what would be sent; send nothing and call no API.]'
        '(--yes -y)'{--yes,-y}'[Send without asking (needed when standard input is not a terminal).]'
        '--results[Write every row'\''s result to this CSV file.]:path:_files -g '\''*.csv'\'''
        '--json[Print one JSON object on standard output, and nothing else.]'
        '--confirm-live[With a live key\: the amount to send (for transfers bulk, the file'\''s total), to confirm real money.]:francs:'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion transfers bulk -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_settlements() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the account'\''s settlements, newest first.'
            'get:Show one settlement.'
            'create:Pay collected money out to your payment account.'
            'cancel:Cancel a settlement that is still processing.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|get|create|cancel)
            "_senfenico_settlements_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_settlements_list() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion settlements list -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_settlements_get() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':reference:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion settlements get -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_settlements_create() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--amount[Whole francs CFA.]:francs:'
        '--confirm-live[With a live key\: the amount to send (for transfers bulk, the file'\''s total), to confirm real money.]:francs:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion settlements create -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_settlements_cancel() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':reference:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion settlements cancel -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_checkouts() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the account'\''s checkouts, newest first.'
            'get:Show one checkout.'
            'create:Create a checkout; prints the authorization_url to send the customer to.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|get|create)
            "_senfenico_checkouts_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_checkouts_list() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion checkouts list -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_checkouts_get() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':reference:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion checkouts get -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_checkouts_create() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--amount[Whole francs CFA.]:francs:'
        '--email[The customer'\''s email address (optional).]:email:'
        '--success-url[Where the customer lands after paying (http or https).]:url:'
        '--cancel-url[Where the customer lands after cancelling (http or https).]:url:'
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion checkouts create -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_completion() {
    local -i ret=1
    local -ar _shell=('bash' 'zsh' 'fish')
    local -ar arg_specs=(
        ':shell:{__senfenico_complete "${_shell[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_version() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_auth() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'status:Show the profile, mode, masked key and API address in use, and whether the API answers.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        status)
            "_senfenico_auth_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_auth_status() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--json[Print the API'\''s answer as received, and nothing else, on standard output.]'
        '--base-url[API address (default\: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).]:base-url:'
        '--api-key-file[Read the API key from this file (default\: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).]:api-key-file:_files'
        '--timeout[Seconds the whole command may take\: every request, retry and answer (default\: timeout in the config file, else 60).]:timeout:'
        '--verbose[Log at debug level\: every request (the key is masked).]'
        '--log-file[Append log lines to this file (default\: $SENFENICO_LOG_FILE, log_file in the config file).]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--profile[Use the settings of \[profile.NAME\] in the config file (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion auth status -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_config() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:Print every setting the config file sets, one `name = value` a line (a key shown masked).'
            'get:Print the value the config file gives a setting (exit 1 when it sets none).'
            'set:Set a setting in the config file, checked first; the file stays readable by you only.'
            'unset:Remove a setting from the config file: the next place down decides again.'
            'path:Print where the config file is (it may not exist yet).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|get|set|unset|path)
            "_senfenico_config_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_config_list() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--profile[Work on \[profile.NAME\] instead of the top level (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion config list -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_config_get() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':key:'
        '--profile[Work on \[profile.NAME\] instead of the top level (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion config get -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_config_set() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':key:'
        ':value:'
        '--profile[Work on \[profile.NAME\] instead of the top level (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion config set -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_config_unset() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':key:'
        '--profile[Work on \[profile.NAME\] instead of the top level (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion config unset -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_config_path() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--profile[Work on \[profile.NAME\] instead of the top level (default\: $SENFENICO_PROFILE).]:name:{__senfenico_custom_complete ---completion config path -- --profile "${current_word_index}" "$(__senfenico_cursor_index_in_current_word)"}'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_listen() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--port[Port to listen on, on 127.0.0.1 (0 picks a free one).]:port:'
        '--forward-to[Send each accepted webhook on to this URL, as received.]:url:'
        '--webhook-key-file[The file holding the webhook key the hashes are checked with.]:path:_files'
        '--json[Print one JSON object per webhook, and nothing else, on standard output.]'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_webhook() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'verify:Check one webhook payload'\''s hash (the exit status tells).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        verify)
            "_senfenico_webhook_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_webhook_verify() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--hash[The hash the webhook came with (its X-Senfenico-Hash header).]:hex:'
        '--webhook-key-file[The file holding the webhook key.]:path:_files'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_logs() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'tail:Print a sandbox'\''s recent requests, then follow new ones until Ctrl-C.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        tail)
            "_senfenico_logs_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_senfenico_logs_tail() {
    local -i ret=1
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        '--base-url[Address of the sandbox (default\: the newest one running on this machine).]:base-url:'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--status[Only these statuses\: codes or classes, comma-separated (404, 4xx, 2xx,5xx).]:status:'
        '--path[Only paths containing this text (charges, transfers/bulk).]:text:'
        '--method[Only this method (GET, POST…).]:method:'
        '--json[One JSON object a line instead of text.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_trigger() {
    local -i ret=1
    local -ar _event=('charge.success' 'charge.failed' 'charge.pay_offline' 'charge.send_otp' 'transfer.success' 'transfer.failed' 'transfer.pending' 'settlement.success' 'settlement.processing' 'settlement.in_transit' 'settlement.cancelled' 'checkout.completed' 'checkout.success' 'checkout.failed')
    local -ar ___lang=('en' 'fr')
    local -ar arg_specs=(
        ':event:{__senfenico_complete "${_event[@]}"}'
        '--base-url[Address of the sandbox (default\: the newest one running on this machine).]:base-url:'
        '--lang[Language of messages\: fr or en (default\: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).]:lang:{__senfenico_complete "${___lang[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _senfenico ]]; then
    _senfenico "${@}"
else
    compdef _senfenico senfenico
fi
