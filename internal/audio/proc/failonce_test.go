package proc

import (
	"errors"
	"sync"
	"testing"
)

// The first failure is kept and told exactly once, whether the function
// to tell is set before or after it, and however many goroutines fail.
func TestFailOnce(t *testing.T) {
	first, second := errors.New("first"), errors.New("second")

	var k FailOnce
	if k.Err() != nil {
		t.Fatal("a new keeper has failed")
	}
	k.Fail(nil)()
	var told []error
	k.SetOnFail(func(err error) { told = append(told, err) })
	if len(told) != 0 || k.Err() != nil {
		t.Fatalf("told %v before any failure", told)
	}
	k.Fail(first)()
	k.Fail(second)()
	k.SetOnFail(func(err error) { told = append(told, err) })
	if len(told) != 1 || told[0] != first || k.Err() != first {
		t.Errorf("told %v, kept %v; want [first] once", told, k.Err())
	}

	// Set after the failure: told at once, and only once.
	var late FailOnce
	late.Fail(first)()
	n := 0
	late.SetOnFail(func(error) { n++ })
	late.SetOnFail(func(error) { n++ })
	if n != 1 {
		t.Errorf("a function set after the failure was told %d times, want 1", n)
	}

	// Many goroutines failing at once: one is told.
	var racy FailOnce
	var mu sync.Mutex
	count := 0
	racy.SetOnFail(func(error) { mu.Lock(); count++; mu.Unlock() })
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() { defer wg.Done(); racy.Fail(first)() }()
	}
	wg.Wait()
	if count != 1 {
		t.Errorf("20 failures at once were told %d times, want 1", count)
	}
}
