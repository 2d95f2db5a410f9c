#ifndef LAGOM_CNCURSESW_SHIM_H
#define LAGOM_CNCURSESW_SHIM_H

// The wide-character API (get_wch, cchar_t, mvadd_wch) only exists with these
// defined; SwiftPM drops the flags pkg-config would give (terminal-facts.md).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like or attribute macros, nor (under strict
// concurrency) the mutable globals: wrap each one we need.
static inline WINDOW *lagom_stdscr(void) { return stdscr; }
static inline int lagom_lines(void) { return LINES; }
static inline int lagom_cols(void) { return COLS; }
static inline attr_t lagom_a_bold(void) { return A_BOLD; }
static inline attr_t lagom_a_reverse(void) { return A_REVERSE; }
static inline attr_t lagom_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lagom_a_dim(void) { return A_DIM; }
static inline attr_t lagom_a_normal(void) { return A_NORMAL; }
static inline int lagom_key_f(int n) { return KEY_F(n); }

int wcwidth(wchar_t c);

#endif
