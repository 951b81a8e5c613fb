// The few pieces of ncursesw that Swift cannot call directly: macros (getmaxyx, COLOR_PAIR,
// attributes, mouse masks), mutable globals Swift 6 refuses to read (stdscr, COLORS, stdout)
// and the wide-character calls whose cchar_t is easier to build in C.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// Wide-character API (get_wch, add_wch, setcchar) must be declared before curses.h is read.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/// newterm on the process's stdin/stdout; unlike initscr it returns NULL instead of exiting.
static inline SCREEN *cn_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline void cn_size(int *rows, int *columns) {
    int y, x;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *columns = x;
}

static inline attr_t cn_attr_bold(void) { return A_BOLD; }
static inline attr_t cn_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_attr_reverse(void) { return A_REVERSE; }

/// Reads one key or character; OK, KEY_CODE_YES (a function key in *key) or ERR on timeout.
static inline int cn_get_wch(wint_t *key) { return get_wch(key); }

/// Draws one grapheme (up to CCHARW_MAX - 1 scalars, NUL-terminated) at row y, column x.
static inline int cn_put_cell(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Press and release of the main button, and the wheel (buttons 4 and 5); clicks and double
/// clicks are resolved by hand (mouseinterval 0) so a click is not delayed by ncurses waiting
/// for a possible double click.
static inline mmask_t cn_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_wheel_down(void) { return BUTTON5_PRESSED; }

#endif
