package proc

import "sync"

// FailOnce keeps the first failure of a helper program and tells it once.
// The sound player and the speech program both give up on their program
// after its first failure (aplay without a sound device, espeak-ng without
// its data) and tell the caller once, so that it can fall back on the bell
// or on tones; this is that rule, written once.
//
// The zero FailOnce has not failed. Its methods are safe for concurrent
// use, and never call the function told while holding a lock, so that the
// function may call back into the player or speaker.
type FailOnce struct {
	mu       sync.Mutex
	err      error // the first failure, or nil
	onFail   func(error)
	reported bool // onFail has been called (or is being called)
}

// Fail keeps err if it is the first failure, and returns what to call, once
// the caller's own locks are released, to tell the function set with
// SetOnFail; it does nothing (and returns a no-op) for a nil err or after
// the first failure.
func (k *FailOnce) Fail(err error) (tell func()) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if err == nil || k.err != nil {
		return func() {}
	}
	k.err = err
	return k.takeReport()
}

// Err is the first failure, or nil.
func (k *FailOnce) Err() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.err
}

// SetOnFail sets the function called, once, with the first failure. If
// the program has already failed and no function was told, f is called at
// once, from this goroutine.
func (k *FailOnce) SetOnFail(f func(error)) {
	k.mu.Lock()
	k.onFail = f
	tell := k.takeReport()
	k.mu.Unlock()
	tell()
}

// takeReport, with k.mu held, is the call that tells the failure, if there
// is one to tell and a function to tell it to, marking it told.
func (k *FailOnce) takeReport() func() {
	if k.err == nil || k.onFail == nil || k.reported {
		return func() {}
	}
	k.reported = true
	f, err := k.onFail, k.err
	return func() { f(err) }
}
