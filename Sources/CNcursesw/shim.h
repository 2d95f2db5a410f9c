#ifndef LAGOM_CNCURSESW_SHIM_H
#define LAGOM_CNCURSESW_SHIM_H

// The wide-character API (get_wch, cchar_t, mvadd_wch) only exists with these
// defined; SwiftPM drops the flags pkg-config would give (terminal-facts.md).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like or attribute macros, nor (under strict
// concurrency) the mutable globals: wrap each one we need.
static inline WINDOW *lagom_stdscr(void) { return stdscr; }
static inline int lagom_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t lagom_a_bold(void) { return A_BOLD; }
static inline attr_t lagom_a_reverse(void) { return A_REVERSE; }
static inline attr_t lagom_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lagom_a_dim(void) { return A_DIM; }
static inline attr_t lagom_a_normal(void) { return A_NORMAL; }
static inline int lagom_key_f(int n) { return KEY_F(n); }
static inline int lagom_cchar_max(void) { return CCHARW_MAX; }

static inline void lagom_getmaxyx(WINDOW *window, int *height, int *width) {
    int h, w;
    getmaxyx(window, h, w);
    *height = h;
    *width = w;
}

// newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting.
// `stdout`/`stdin` are mutable globals Swift 6 refuses, hence the wrapper.
static inline SCREEN *lagom_newterm(const char *type) { return newterm(type, stdout, stdin); }

// tigetstr answers (char *)-1 for "not a string capability": fold it into NULL.
static inline const char *lagom_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? NULL : value;
}

// tiparm is variadic, which Swift cannot call: one and two numeric parameters.
static inline const char *lagom_tiparm1(const char *capability, int a) { return tiparm(capability, a); }
static inline const char *lagom_tiparm2(const char *capability, int a, int b) { return tiparm(capability, a, b); }

static inline const char *lagom_codeset(void) { return nl_langinfo(CODESET); }

#endif
