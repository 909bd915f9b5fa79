//go:build !linux

package e2e

// readsRawKeys cannot ask the terminal here; keys are sent at once.
func readsRawKeys(uintptr) (bool, error) { return true, nil }
