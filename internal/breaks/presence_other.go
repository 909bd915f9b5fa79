//go:build !linux

package breaks

import "errors"

// Logind is Linux's; elsewhere a locked or idle screen is not seen.
type Logind struct{}

// NewLogind says that the lock and idle state cannot be seen here.
func NewLogind() (*Logind, error) {
	return nil, errors.New("a locked or idle screen is seen only on Linux, through logind")
}

// Away is never.
func (*Logind) Away() (bool, error) { return false, nil }

// Close does nothing.
func (*Logind) Close() error { return nil }
