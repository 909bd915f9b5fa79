//go:build unix

package history

import "syscall"

// openExtra makes every open of a history path return at once whatever is
// there: a named pipe without a writer (or reader) would otherwise block
// the open forever, and a terminal device could become ours.
const openExtra = syscall.O_NONBLOCK | syscall.O_NOCTTY
