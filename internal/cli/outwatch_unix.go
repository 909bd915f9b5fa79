//go:build unix

package cli

import (
	"context"
	"os"

	"golang.org/x/sys/unix"
)

// readerGone returns a context that ends, with errOutputClosed as its
// cause, when nobody reads f any more (the reader of a pipe has exited, as
// `| head` does), so that --plain stops within a second of it rather than
// at its next line, which may be minutes later. Files and terminals never
// end it. Polling for POLLERR asks the kernel without writing a byte.
func readerGone(ctx context.Context, f *os.File) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(ctx)
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		return ctx, func() { cancel(nil) }
	}
	fd := int(f.Fd())
	go func() {
		for ctx.Err() == nil {
			fds := []unix.PollFd{{Fd: int32(fd)}} // no events: errors and hang-ups are always reported
			n, err := unix.Poll(fds, 250)
			if err == nil && n > 0 && fds[0].Revents&(unix.POLLERR|unix.POLLHUP|unix.POLLNVAL) != 0 {
				cancel(errOutputClosed)
				return
			}
		}
	}()
	return ctx, func() { cancel(nil) }
}
