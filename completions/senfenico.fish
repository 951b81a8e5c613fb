function __senfenico_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __senfenico_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __senfenico_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __senfenico_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __senfenico_parse_tokens -S
    set -l unparsed_tokens (__senfenico_tokens -pc)
    switch $unparsed_tokens[1]
    case 'senfenico'
        __senfenico_parse_subcommand 0 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'theme=' 'mouse' 'no-mouse' 'sandbox-port=' 'cashier' 'explorer' 'refresh=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'dashboard'
            __senfenico_parse_subcommand 0 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'theme=' 'mouse' 'no-mouse' 'sandbox-port=' 'cashier' 'explorer' 'refresh=' 'version' 'h/help'
        case 'charge'
            __senfenico_parse_subcommand 0 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'theme=' 'mouse' 'no-mouse' 'sandbox-port=' 'cashier' 'explorer' 'refresh=' 'version' 'h/help'
        case 'overview'
            __senfenico_parse_subcommand 0 'limit=' 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
        case 'sandbox'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'serve'
                __senfenico_parse_subcommand 0 'port=' 'host=' 'time-scale=' 'seed-charges=' 'seed-transfers=' 'seed=' 'api-key-file=' 'fault=+' 'no-etag' 'no-gzip' 'webhook-url=+' 'webhook-key-file=' 'quiet' 'log-format=' 'version' 'h/help'
            case 'advance'
                __senfenico_parse_subcommand 1 'base-url=' 'lang=' 'version' 'h/help'
            end
        case 'journal'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'export'
                __senfenico_parse_subcommand 0 'csv' 'date=' 'output=' 'separator=' 'raw' 'excel' 'journal=' 'lang=' 'profile=' 'base-url=' 'api-key-file=' 'all-accounts' 'version' 'h/help'
            case 'list'
                __senfenico_parse_subcommand 0 'unfinished' 'json' 'date=' 'journal=' 'lang=' 'profile=' 'base-url=' 'api-key-file=' 'all-accounts' 'version' 'h/help'
            case 'resolve'
                __senfenico_parse_subcommand 1 'note=' 'journal=' 'lang=' 'profile=' 'version' 'h/help'
            case 'transfers'
                __senfenico_parse_subcommand 0 'unfinished' 'json' 'date=' 'journal=' 'lang=' 'profile=' 'base-url=' 'api-key-file=' 'all-accounts' 'version' 'h/help'
            end
        case 'balance'
            __senfenico_parse_subcommand 0 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
        case 'charges'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __senfenico_parse_subcommand 0 'limit=' 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'get'
                __senfenico_parse_subcommand 1 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'create'
                __senfenico_parse_subcommand 0 'amount=' 'phone=' 'provider=' 'confirm-live=' 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'submit-otp'
                __senfenico_parse_subcommand 1 'otp=' 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            end
        case 'transfers'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __senfenico_parse_subcommand 0 'limit=' 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'get'
                __senfenico_parse_subcommand 1 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'create'
                __senfenico_parse_subcommand 0 'amount=' 'phone=' 'wallet=' 'ext-id=' 'confirm-live=' 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'bulk'
                __senfenico_parse_subcommand 1 'dry-run' 'y/yes' 'results=' 'json' 'confirm-live=' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            end
        case 'settlements'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __senfenico_parse_subcommand 0 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'get'
                __senfenico_parse_subcommand 1 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'create'
                __senfenico_parse_subcommand 0 'amount=' 'confirm-live=' 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'cancel'
                __senfenico_parse_subcommand 1 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            end
        case 'checkouts'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __senfenico_parse_subcommand 0 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'get'
                __senfenico_parse_subcommand 1 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            case 'create'
                __senfenico_parse_subcommand 0 'amount=' 'email=' 'success-url=' 'cancel-url=' 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            end
        case 'completion'
            __senfenico_parse_subcommand 1 'version' 'h/help'
        case 'version'
            __senfenico_parse_subcommand 0 'version' 'h/help'
        case 'auth'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'status'
                __senfenico_parse_subcommand 0 'json' 'base-url=' 'api-key-file=' 'timeout=' 'verbose' 'log-file=' 'lang=' 'profile=' 'version' 'h/help'
            end
        case 'config'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __senfenico_parse_subcommand 0 'profile=' 'lang=' 'version' 'h/help'
            case 'get'
                __senfenico_parse_subcommand 1 'profile=' 'lang=' 'version' 'h/help'
            case 'set'
                __senfenico_parse_subcommand 2 'profile=' 'lang=' 'version' 'h/help'
            case 'unset'
                __senfenico_parse_subcommand 1 'profile=' 'lang=' 'version' 'h/help'
            case 'path'
                __senfenico_parse_subcommand 0 'profile=' 'lang=' 'version' 'h/help'
            end
        case 'listen'
            __senfenico_parse_subcommand 0 'port=' 'forward-to=' 'webhook-key-file=' 'json' 'lang=' 'version' 'h/help'
        case 'webhook'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'verify'
                __senfenico_parse_subcommand 0 'hash=' 'webhook-key-file=' 'lang=' 'version' 'h/help'
            end
        case 'logs'
            __senfenico_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'tail'
                __senfenico_parse_subcommand 0 'base-url=' 'lang=' 'status=' 'path=' 'method=' 'json' 'version' 'h/help'
            end
        case 'trigger'
            __senfenico_parse_subcommand 1 'base-url=' 'lang=' 'version' 'h/help'
        case 'help'
            __senfenico_parse_subcommand -r 1 'version'
        end
    end
end

function __senfenico_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __senfenico_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __senfenico_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __senfenico_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__senfenico_tokens -p)
    if test -z "$(__senfenico_tokens -t)"
        set -l index (count (__senfenico_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'senfenico' -f
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" theme' -l 'theme' -d 'Colour theme: a file NAME.toml in the themes directory (default, high-contrast, monochrome).' -rfka '(__senfenico_custom_completion ---completion -- --theme (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" mouse' -l 'mouse' -d 'Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" no-mouse' -l 'no-mouse' -d 'Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" sandbox-port' -l 'sandbox-port' -d 'Port of the embedded sandbox (no API key), to call it from outside; 0 picks a free one.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" cashier' -l 'cashier' -d 'Counter mode: open on the charge wizard, back to it after each payment; transfers hidden.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" explorer' -l 'explorer' -d 'Open on the developer view: every API request of the session, its JSON, and a curl command to copy.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" refresh' -l 'refresh' -d 'Seconds between two balance refreshes (longer after errors).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'dashboard' -d 'Watch balances, recent charges and transfers live in the terminal.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'charge' -d 'Take a mobile-money payment with the guided wizard (then stay on the dashboard).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'overview' -d 'Show balances, recent charges and recent transfers.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'sandbox' -d 'Run a local emulator of Senfenico\'s test mode on loopback, or move its clock.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'journal' -d 'The local journal of the charges started at this terminal.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'balance' -d 'Show the collection balance and the transfer balance of each wallet.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'charges' -d 'List, show, create charges and submit their OTP.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'transfers' -d 'List, show and send transfers (payouts), one at a time or in bulk from a CSV file.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'settlements' -d 'List, show, create and cancel settlements (payouts to your own account).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'checkouts' -d 'List, show and create checkouts (hosted payment pages).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'completion' -d 'Print the completion script for bash, zsh or fish.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'version' -d 'Show the version, the git commit it was built from and the Swift version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'auth' -d 'Show which profile, key and API address are in use, and whether the API answers.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'config' -d 'Show or change the settings of the config file.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'listen' -d 'Receive webhooks on loopback, check their hash, print them and forward them.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'webhook' -d 'Check webhooks Senfenico sent.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'logs' -d 'Watch the requests a local sandbox answers.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'trigger' -d 'Make a local sandbox produce an event: charge.success, transfer.failed, checkout.completed…'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion dashboard -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" theme' -l 'theme' -d 'Colour theme: a file NAME.toml in the themes directory (default, high-contrast, monochrome).' -rfka '(__senfenico_custom_completion ---completion dashboard -- --theme (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" mouse' -l 'mouse' -d 'Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" no-mouse' -l 'no-mouse' -d 'Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" sandbox-port' -l 'sandbox-port' -d 'Port of the embedded sandbox (no API key), to call it from outside; 0 picks a free one.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" cashier' -l 'cashier' -d 'Counter mode: open on the charge wizard, back to it after each payment; transfers hidden.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" explorer' -l 'explorer' -d 'Open on the developer view: every API request of the session, its JSON, and a curl command to copy.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" refresh' -l 'refresh' -d 'Seconds between two balance refreshes (longer after errors).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico dashboard" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion charge -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" theme' -l 'theme' -d 'Colour theme: a file NAME.toml in the themes directory (default, high-contrast, monochrome).' -rfka '(__senfenico_custom_completion ---completion charge -- --theme (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" mouse' -l 'mouse' -d 'Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" no-mouse' -l 'no-mouse' -d 'Use the mouse in the dashboard; --no-mouse leaves it to the terminal, so text can be selected.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" sandbox-port' -l 'sandbox-port' -d 'Port of the embedded sandbox (no API key), to call it from outside; 0 picks a free one.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" cashier' -l 'cashier' -d 'Counter mode: open on the charge wizard, back to it after each payment; transfers hidden.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" explorer' -l 'explorer' -d 'Open on the developer view: every API request of the session, its JSON, and a curl command to copy.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" refresh' -l 'refresh' -d 'Seconds between two balance refreshes (longer after errors).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charge" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" limit' -l 'limit' -d 'How many recent charges and transfers to show. --json always prints the whole answers.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" json' -l 'json' -d 'Print one JSON object, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion overview -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico overview" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico sandbox" -eq 1' -fa 'serve' -d 'Run a local emulator of Senfenico\'s test mode on loopback.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico sandbox" -eq 1' -fa 'advance' -d 'Move a running sandbox\'s clock forward (90s, 5m, 2h, 1d).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" port' -l 'port' -d 'Port to listen on (0 picks a free one).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" host' -l 'host' -d 'Loopback address to listen on: 127.0.0.1, ::1 or localhost.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" time-scale' -l 'time-scale' -d 'Multiplies every simulated delay (0.01 makes a minute 0.6 s).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" seed-charges' -l 'seed-charges' -d 'Past charges to create in each new account.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" seed-transfers' -l 'seed-transfers' -d 'Past transfers to create in each new account.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" seed' -l 'seed' -d 'Seed of the generated history: the same seed gives the same history.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" api-key-file' -l 'api-key-file' -d 'Accept only the test key in this file.' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve"' -l 'fault' -d 'A fault to inject (repeatable).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" no-etag' -l 'no-etag' -d 'Send no ETag and ignore If-None-Match: every list read is a full answer, as from an API without caching.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" no-gzip' -l 'no-gzip' -d 'Never gzip answers, even when the caller accepts gzip.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve"' -l 'webhook-url' -d 'Deliver every state change to this URL as a signed webhook (repeatable).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" webhook-key-file' -l 'webhook-key-file' -d 'Sign webhooks with the key in this file.' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" quiet' -l 'quiet' -d 'Print no line per request (`senfenico logs tail` still sees them).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" log-format' -l 'log-format' -d 'Format of the request lines: text or json (one JSON object a line).' -rfka 'text json'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox advance" base-url' -l 'base-url' -d 'Address of the sandbox (default: the newest one running on this machine).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox advance" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox advance" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico sandbox advance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico journal" -eq 1' -fa 'export' -d 'Write one day\'s charges, with totals per operator and per stage.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico journal" -eq 1' -fa 'list' -d 'Show a day\'s charges, or those that need attention.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico journal" -eq 1' -fa 'resolve' -d 'Mark a payment that needs attention as resolved.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico journal" -eq 1' -fa 'transfers' -d 'Show a day\'s transfers sent from this terminal, or those left unfinished.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" csv' -l 'csv' -d 'CSV (RFC 4180): the only format, and the default.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" date' -l 'date' -d 'The day, on this machine\'s clock (default: today).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" output' -l 'output' -d 'Write the CSV to this file instead of standard output, and a summary line to standard error.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" separator' -l 'separator' -d 'The field separator: \';\', \',\' or tab (default: \';\' in French, \',\' in English).' -rfka '; , tab'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" raw' -l 'raw' -d 'Add the API\'s raw values (provider, server_status, stage, failure_code) in extra columns.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" excel' -l 'excel' -d 'Start the file with a UTF-8 byte order mark, for spreadsheets that need one.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" journal' -l 'journal' -d 'The journal file (default: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion journal export -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" api-key-file' -l 'api-key-file' -d 'The account whose entries are shown is this file\'s key (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file; none: the embedded sandbox).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" all-accounts' -l 'all-accounts' -d 'Every account\'s entries, each row with its account\'s mode (sandbox, test, live).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" unfinished' -l 'unfinished' -d 'Only the payments that need attention, whatever their day.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" json' -l 'json' -d 'Print a JSON array of the entries, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" date' -l 'date' -d 'The day, on this machine\'s clock (default: today); ignored with --unfinished.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" journal' -l 'journal' -d 'The journal file (default: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion journal list -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" api-key-file' -l 'api-key-file' -d 'The account whose entries are shown is this file\'s key (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file; none: the embedded sandbox).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" all-accounts' -l 'all-accounts' -d 'Every account\'s entries, each row with its account\'s mode (sandbox, test, live).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal resolve" note' -l 'note' -d 'What was checked or done: it stays in the journal and in the export.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal resolve" journal' -l 'journal' -d 'The journal file (default: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal resolve" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal resolve" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion journal resolve -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal resolve" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal resolve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" unfinished' -l 'unfinished' -d 'Only the transfers left sending or with a lost answer, whatever their day.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" json' -l 'json' -d 'Print a JSON array of the entries, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" date' -l 'date' -d 'The day, on this machine\'s clock (default: today); ignored with --unfinished.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" journal' -l 'journal' -d 'The journal file (default: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion journal transfers -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" api-key-file' -l 'api-key-file' -d 'The account whose entries are shown is this file\'s key (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file; none: the embedded sandbox).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" all-accounts' -l 'all-accounts' -d 'Every account\'s entries, each row with its account\'s mode (sandbox, test, live).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico journal transfers" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion balance -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico balance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico charges" -eq 1' -fa 'list' -d 'List the account\'s charges, newest first.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico charges" -eq 1' -fa 'get' -d 'Show one charge, with its OTP attempts.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico charges" -eq 1' -fa 'create' -d 'Ask a customer\'s wallet for a payment; prints the reference and the operator\'s instructions.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico charges" -eq 1' -fa 'submit-otp' -d 'Submit the OTP the customer received, to complete a charge.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" limit' -l 'limit' -d 'How many charges the table shows (0: all). --json always prints the whole answer.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion charges list -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion charges get -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" amount' -l 'amount' -d 'Whole francs CFA (spaces between groups allowed).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" phone' -l 'phone' -d 'The customer\'s Burkina Faso mobile number (76000000, +226 76 00 00 00, …).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" provider' -l 'provider' -d 'orange_bf, moov_bf, coris_bf or sank_bf (default: guessed from the number\'s prefix).' -rfka 'orange_bf moov_bf coris_bf sank_bf'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" confirm-live' -l 'confirm-live' -d 'With a live key: the amount to send (for transfers bulk, the file\'s total), to confirm real money.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion charges create -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" otp' -l 'otp' -d 'The code (4 to 8 digits), or - to read it from standard input.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion charges submit-otp -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico charges submit-otp" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico transfers" -eq 1' -fa 'list' -d 'List the account\'s transfers, newest first.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico transfers" -eq 1' -fa 'get' -d 'Show one transfer.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico transfers" -eq 1' -fa 'create' -d 'Send one transfer to a mobile-money wallet.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico transfers" -eq 1' -fa 'bulk' -d 'Send transfers from a CSV file: preview, confirm, send in batches, show every row\'s result.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" limit' -l 'limit' -d 'How many transfers the table shows (0: all). --json always prints the whole answer.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion transfers list -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion transfers get -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" amount' -l 'amount' -d 'Whole francs CFA, at least 100.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" phone' -l 'phone' -d 'The recipient\'s Burkina Faso mobile number.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" wallet' -l 'wallet' -d 'orange_bf, moov_bf or sank_bf (default: Senfenico picks the wallet of the number\'s network).' -rfka 'orange_bf moov_bf sank_bf'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" ext-id' -l 'ext-id' -d 'Your own identifier for this transfer (default: a new UUID, printed first).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" confirm-live' -l 'confirm-live' -d 'With a live key: the amount to send (for transfers bulk, the file\'s total), to confirm real money.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion transfers create -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico transfers bulk" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" dry-run' -l 'dry-run' -d 'Check the file and show what would be sent; send nothing and call no API.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" y yes' -l 'yes' -s 'y' -d 'Send without asking (needed when standard input is not a terminal).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" results' -l 'results' -d 'Write every row\'s result to this CSV file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" json' -l 'json' -d 'Print one JSON object on standard output, and nothing else.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" confirm-live' -l 'confirm-live' -d 'With a live key: the amount to send (for transfers bulk, the file\'s total), to confirm real money.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion transfers bulk -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico transfers bulk" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico settlements" -eq 1' -fa 'list' -d 'List the account\'s settlements, newest first.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico settlements" -eq 1' -fa 'get' -d 'Show one settlement.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico settlements" -eq 1' -fa 'create' -d 'Pay collected money out to your payment account.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico settlements" -eq 1' -fa 'cancel' -d 'Cancel a settlement that is still processing.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion settlements list -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion settlements get -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" amount' -l 'amount' -d 'Whole francs CFA.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" confirm-live' -l 'confirm-live' -d 'With a live key: the amount to send (for transfers bulk, the file\'s total), to confirm real money.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion settlements create -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion settlements cancel -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico settlements cancel" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico checkouts" -eq 1' -fa 'list' -d 'List the account\'s checkouts, newest first.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico checkouts" -eq 1' -fa 'get' -d 'Show one checkout.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico checkouts" -eq 1' -fa 'create' -d 'Create a checkout; prints the authorization_url to send the customer to.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion checkouts list -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion checkouts get -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" amount' -l 'amount' -d 'Whole francs CFA.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" email' -l 'email' -d 'The customer\'s email address (optional).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" success-url' -l 'success-url' -d 'Where the customer lands after paying (http or https).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" cancel-url' -l 'cancel-url' -d 'Where the customer lands after cancelling (http or https).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion checkouts create -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico checkouts create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico completion" -eq 1' -fka 'bash zsh fish'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico completion" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico completion" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico version" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico auth" -eq 1' -fa 'status' -d 'Show the profile, mode, masked key and API address in use, and whether the API answers.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" json' -l 'json' -d 'Print the API\'s answer as received, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" base-url' -l 'base-url' -d 'API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" api-key-file' -l 'api-key-file' -d 'Read the API key from this file (default: $SENFENICO_API_KEY, $SENFENICO_API_KEY_FILE, config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" timeout' -l 'timeout' -d 'Seconds the whole command may take: every request, retry and answer (default: timeout in the config file, else 60).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" verbose' -l 'verbose' -d 'Log at debug level: every request (the key is masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" log-file' -l 'log-file' -d 'Append log lines to this file (default: $SENFENICO_LOG_FILE, log_file in the config file).' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" profile' -l 'profile' -d 'Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion auth status -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico auth status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico config" -eq 1' -fa 'list' -d 'Print every setting the config file sets, one `name = value` a line (a key shown masked).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico config" -eq 1' -fa 'get' -d 'Print the value the config file gives a setting (exit 1 when it sets none).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico config" -eq 1' -fa 'set' -d 'Set a setting in the config file, checked first; the file stays readable by you only.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico config" -eq 1' -fa 'unset' -d 'Remove a setting from the config file: the next place down decides again.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico config" -eq 1' -fa 'path' -d 'Print where the config file is (it may not exist yet).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config list" profile' -l 'profile' -d 'Work on [profile.NAME] instead of the top level (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion config list -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config list" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config list" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config get" profile' -l 'profile' -d 'Work on [profile.NAME] instead of the top level (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion config get -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config get" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config get" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config set" profile' -l 'profile' -d 'Work on [profile.NAME] instead of the top level (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion config set -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config set" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config set" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config unset" profile' -l 'profile' -d 'Work on [profile.NAME] instead of the top level (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion config unset -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config unset" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config unset" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config unset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config path" profile' -l 'profile' -d 'Work on [profile.NAME] instead of the top level (default: $SENFENICO_PROFILE).' -rfka '(__senfenico_custom_completion ---completion config path -- --profile (count (__senfenico_tokens -pc)) (__senfenico_tokens -tC))'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config path" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config path" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico config path" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico listen" port' -l 'port' -d 'Port to listen on, on 127.0.0.1 (0 picks a free one).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico listen" forward-to' -l 'forward-to' -d 'Send each accepted webhook on to this URL, as received.' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico listen" webhook-key-file' -l 'webhook-key-file' -d 'The file holding the webhook key the hashes are checked with.' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico listen" json' -l 'json' -d 'Print one JSON object per webhook, and nothing else, on standard output.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico listen" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico listen" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico listen" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico webhook" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico webhook" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico webhook" -eq 1' -fa 'verify' -d 'Check one webhook payload\'s hash (the exit status tells).'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico webhook verify" hash' -l 'hash' -d 'The hash the webhook came with (its X-Senfenico-Hash header).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico webhook verify" webhook-key-file' -l 'webhook-key-file' -d 'The file holding the webhook key.' -rF
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico webhook verify" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico webhook verify" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico webhook verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico logs" -eq 1' -fa 'tail' -d 'Print a sandbox\'s recent requests, then follow new ones until Ctrl-C.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs tail" base-url' -l 'base-url' -d 'Address of the sandbox (default: the newest one running on this machine).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs tail" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs tail" status' -l 'status' -d 'Only these statuses: codes or classes, comma-separated (404, 4xx, 2xx,5xx).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs tail" path' -l 'path' -d 'Only paths containing this text (charges, transfers/bulk).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs tail" method' -l 'method' -d 'Only this method (GET, POST…).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs tail" json' -l 'json' -d 'One JSON object a line instead of text.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs tail" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico logs tail" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_positional "senfenico trigger" -eq 1' -fka 'charge.success charge.failed charge.pay_offline charge.send_otp transfer.success transfer.failed transfer.pending settlement.success settlement.processing settlement.in_transit settlement.cancelled checkout.completed checkout.success checkout.failed'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico trigger" base-url' -l 'base-url' -d 'Address of the sandbox (default: the newest one running on this machine).' -rfka ''
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico trigger" lang' -l 'lang' -d 'Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).' -rfka 'en fr'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico trigger" version' -l 'version' -d 'Show the version.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico trigger" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'senfenico' -n '__senfenico_should_offer_completions_for_flags_or_options "senfenico help" version' -l 'version' -d 'Show the version.'
