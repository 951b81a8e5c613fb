#!/bin/bash

__senfenico_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__senfenico_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__senfenico_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__senfenico_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_senfenico() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--verbose --mouse --no-mouse --cashier --explorer --version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile --theme --sandbox-port --refresh)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion -- --theme "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--sandbox-port')
        return
        ;;
    '--refresh')
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    dashboard|charge|overview|sandbox|journal|balance|charges|transfers|settlements|checkouts|completion|version|auth|config|listen|webhook|logs|trigger|help)
        # Offer subcommand argument completions
        "_senfenico_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'dashboard charge overview sandbox journal balance charges transfers settlements checkouts completion version auth config listen webhook logs trigger help' -- "${cur}"))
        ;;
    esac
}

_senfenico_dashboard() {
    repeating_flags=()
    non_repeating_flags=(--verbose --mouse --no-mouse --cashier --explorer --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile --theme --sandbox-port --refresh)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion dashboard -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion dashboard -- --theme "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--sandbox-port')
        return
        ;;
    '--refresh')
        return
        ;;
    esac
}

_senfenico_charge() {
    repeating_flags=()
    non_repeating_flags=(--verbose --mouse --no-mouse --cashier --explorer --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile --theme --sandbox-port --refresh)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion charge -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--theme')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion charge -- --theme "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--sandbox-port')
        return
        ;;
    '--refresh')
        return
        ;;
    esac
}

_senfenico_overview() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--limit --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--limit')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion overview -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_sandbox() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    serve|advance)
        # Offer subcommand argument completions
        "_senfenico_sandbox_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'serve advance' -- "${cur}"))
        ;;
    esac
}

_senfenico_sandbox_serve() {
    repeating_flags=()
    non_repeating_flags=(--no-etag --no-gzip --quiet --version -h --help)
    repeating_options=(--fault --webhook-url)
    non_repeating_options=(--port --host --time-scale --seed-charges --seed-transfers --seed --api-key-file --webhook-key-file --log-format)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--port')
        return
        ;;
    '--host')
        return
        ;;
    '--time-scale')
        return
        ;;
    '--seed-charges')
        return
        ;;
    '--seed-transfers')
        return
        ;;
    '--seed')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--fault')
        return
        ;;
    '--webhook-url')
        return
        ;;
    '--webhook-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--log-format')
        __senfenico_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac
}

_senfenico_sandbox_advance() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --lang)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac
}

_senfenico_journal() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    export|list|resolve|transfers)
        # Offer subcommand argument completions
        "_senfenico_journal_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'export list resolve transfers' -- "${cur}"))
        ;;
    esac
}

_senfenico_journal_export() {
    repeating_flags=()
    non_repeating_flags=(--csv --raw --excel --all-accounts --version -h --help)
    repeating_options=()
    non_repeating_options=(--date --output --separator --journal --lang --profile --base-url --api-key-file)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--output')
        __senfenico_add_completions -o plusdirs -fX '!*.@(csv)'
        return
        ;;
    '--separator')
        __senfenico_add_completions -W ';'$'\n'','$'\n''tab'
        return
        ;;
    '--journal')
        __senfenico_add_completions -o plusdirs -fX '!*.@(sqlite)'
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion journal export -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    esac
}

_senfenico_journal_list() {
    repeating_flags=()
    non_repeating_flags=(--unfinished --json --all-accounts --version -h --help)
    repeating_options=()
    non_repeating_options=(--date --journal --lang --profile --base-url --api-key-file)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--journal')
        __senfenico_add_completions -o plusdirs -fX '!*.@(sqlite)'
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion journal list -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    esac
}

_senfenico_journal_resolve() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--note --journal --lang --profile)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--journal')
        __senfenico_add_completions -o plusdirs -fX '!*.@(sqlite)'
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion journal resolve -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_journal_transfers() {
    repeating_flags=()
    non_repeating_flags=(--unfinished --json --all-accounts --version -h --help)
    repeating_options=()
    non_repeating_options=(--date --journal --lang --profile --base-url --api-key-file)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--journal')
        __senfenico_add_completions -o plusdirs -fX '!*.@(sqlite)'
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion journal transfers -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    esac
}

_senfenico_balance() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion balance -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_charges() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|get|create|submit-otp)
        # Offer subcommand argument completions
        "_senfenico_charges_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list get create submit-otp' -- "${cur}"))
        ;;
    esac
}

_senfenico_charges_list() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--limit --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--limit')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion charges list -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_charges_get() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion charges get -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_charges_create() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--amount --phone --provider --confirm-live --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--amount')
        return
        ;;
    '--phone')
        return
        ;;
    '--provider')
        __senfenico_add_completions -W 'orange_bf'$'\n''moov_bf'$'\n''coris_bf'$'\n''sank_bf'
        return
        ;;
    '--confirm-live')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion charges create -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_charges_submit-otp() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--otp --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--otp')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion charges submit-otp -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_transfers() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|get|create|bulk)
        # Offer subcommand argument completions
        "_senfenico_transfers_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list get create bulk' -- "${cur}"))
        ;;
    esac
}

_senfenico_transfers_list() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--limit --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--limit')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion transfers list -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_transfers_get() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion transfers get -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_transfers_create() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--amount --phone --wallet --ext-id --confirm-live --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--amount')
        return
        ;;
    '--phone')
        return
        ;;
    '--wallet')
        __senfenico_add_completions -W 'orange_bf'$'\n''moov_bf'$'\n''sank_bf'
        return
        ;;
    '--ext-id')
        return
        ;;
    '--confirm-live')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion transfers create -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_transfers_bulk() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --yes -y --json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--results --confirm-live --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--results')
        __senfenico_add_completions -o plusdirs -fX '!*.@(csv)'
        return
        ;;
    '--confirm-live')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion transfers bulk -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __senfenico_add_completions -o plusdirs -fX '!*.@(csv)'
        return
        ;;
    esac
}

_senfenico_settlements() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|get|create|cancel)
        # Offer subcommand argument completions
        "_senfenico_settlements_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list get create cancel' -- "${cur}"))
        ;;
    esac
}

_senfenico_settlements_list() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion settlements list -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_settlements_get() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion settlements get -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_settlements_create() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--amount --confirm-live --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--amount')
        return
        ;;
    '--confirm-live')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion settlements create -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_settlements_cancel() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion settlements cancel -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_checkouts() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|get|create)
        # Offer subcommand argument completions
        "_senfenico_checkouts_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list get create' -- "${cur}"))
        ;;
    esac
}

_senfenico_checkouts_list() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion checkouts list -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_checkouts_get() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion checkouts get -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_checkouts_create() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--amount --email --success-url --cancel-url --base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--amount')
        return
        ;;
    '--email')
        return
        ;;
    '--success-url')
        return
        ;;
    '--cancel-url')
        return
        ;;
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion checkouts create -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_completion() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __senfenico_add_completions -W 'bash'$'\n''zsh'$'\n''fish'
        return
        ;;
    esac
}

_senfenico_version() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0
}

_senfenico_auth() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    status)
        # Offer subcommand argument completions
        "_senfenico_auth_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'status' -- "${cur}"))
        ;;
    esac
}

_senfenico_auth_status() {
    repeating_flags=()
    non_repeating_flags=(--json --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --api-key-file --timeout --log-file --lang --profile)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--api-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--log-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion auth status -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_senfenico_config() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|get|set|unset|path)
        # Offer subcommand argument completions
        "_senfenico_config_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list get set unset path' -- "${cur}"))
        ;;
    esac
}

_senfenico_config_list() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --lang)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion config list -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac
}

_senfenico_config_get() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --lang)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion config get -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac
}

_senfenico_config_set() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --lang)
    __senfenico_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion config set -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac
}

_senfenico_config_unset() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --lang)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion config unset -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac
}

_senfenico_config_path() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --lang)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        __senfenico_add_completions -W "$(__senfenico_custom_complete ---completion config path -- --profile "${COMP_CWORD}" "$(__senfenico_cursor_index_in_current_word)")"
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac
}

_senfenico_listen() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--port --forward-to --webhook-key-file --lang)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--port')
        return
        ;;
    '--forward-to')
        return
        ;;
    '--webhook-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac
}

_senfenico_webhook() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    verify)
        # Offer subcommand argument completions
        "_senfenico_webhook_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'verify' -- "${cur}"))
        ;;
    esac
}

_senfenico_webhook_verify() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--hash --webhook-key-file --lang)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--hash')
        return
        ;;
    '--webhook-key-file')
        __senfenico_add_completions -f
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac
}

_senfenico_logs() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    tail)
        # Offer subcommand argument completions
        "_senfenico_logs_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'tail' -- "${cur}"))
        ;;
    esac
}

_senfenico_logs_tail() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --lang --status --path --method)
    __senfenico_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    '--status')
        return
        ;;
    '--path')
        return
        ;;
    '--method')
        return
        ;;
    esac
}

_senfenico_trigger() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--base-url --lang)
    __senfenico_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--base-url')
        return
        ;;
    '--lang')
        __senfenico_add_completions -W 'en'$'\n''fr'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __senfenico_add_completions -W 'charge.success'$'\n''charge.failed'$'\n''charge.pay_offline'$'\n''charge.send_otp'$'\n''transfer.success'$'\n''transfer.failed'$'\n''transfer.pending'$'\n''settlement.success'$'\n''settlement.processing'$'\n''settlement.in_transit'$'\n''settlement.cancelled'$'\n''checkout.completed'$'\n''checkout.success'$'\n''checkout.failed'
        return
        ;;
    esac
}

_senfenico_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __senfenico_offer_flags_options -1
}

complete -o filenames -F _senfenico senfenico
