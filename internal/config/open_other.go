//go:build !unix

package config

// openFlags: elsewhere there are no FIFOs to wait on.
const openFlags = 0
