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
            'sandbox:Run a local emulator of Senfenico'\''s test mode on loopback.'
            'journal:The local journal of the charges started at this terminal.'
            'balance:Show the collection balance and the transfer balance of each wallet.'
            'charges:List, show, create charges and submit their OTP.'
            'transfers:List, show and send transfers (payouts), one at a time or in bulk from a CSV file.'
            'settlements:List, show, create and cancel settlements (payouts to your own account).'
            'checkouts:List, show and create checkouts (hosted payment pages).'
            'completion:Print the completion script for bash, zsh or fish.'
            'version:Show the version, the git commit it was built from and the Swift version.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        dashboard|charge|overview|sandbox|journal|balance|charges|transfers|settlements|checkouts|completion|version|help)
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
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_senfenico_sandbox() {
    local -i ret=1
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
