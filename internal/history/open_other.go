//go:build !unix

package history

// openExtra: no named pipes or terminals to guard against here.
const openExtra = 0
