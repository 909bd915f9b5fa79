//go:build !unix

package cli

import (
	"context"
	"os"
)

// readerGone is a no-op where poll(2) is not to be had: a closed output is
// found at the next write instead.
func readerGone(ctx context.Context, _ *os.File) (context.Context, context.CancelFunc) {
	return context.WithCancel(ctx)
}
