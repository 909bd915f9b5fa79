package breaks

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/gen2brain/beeep"
)

// Notifier shows a desktop notification.
type Notifier interface {
	Notify(title, body string) error
}

// NotifyTimeout is how long a notification may take before it is given up:
// a desktop service that hangs must not hold the call.
const NotifyTimeout = 3 * time.Second

// ErrNotifyTimeout is Desktop's error when the service did not answer.
var ErrNotifyTimeout = errors.New("the notification service did not answer")

// ErrNoNotifier is Desktop's error where the desktop has no session bus
// for a notification service to listen on (a console, SSH, a container).
var ErrNoNotifier = errors.New("no desktop session bus")

// Desktop is the real Notifier, through github.com/gen2brain/beeep (on
// Linux: D-Bus, then notify-send or kdialog).
type Desktop struct{}

// Notify sends the notification, waiting at most NotifyTimeout.
func (Desktop) Notify(title, body string) error {
	if !hasSessionBus() {
		// Asking anyway would have D-Bus start a bus of its own
		// (dbus-launch) that nothing listens on.
		return ErrNoNotifier
	}
	beeep.AppName = "hipcoach"
	done := make(chan error, 1)
	go func() { done <- beeep.Notify(title, body, "") }()
	select {
	case err := <-done:
		return err
	case <-time.After(NotifyTimeout):
		return ErrNotifyTimeout
	}
}

// hasSessionBus reports a D-Bus session bus where notifications travel on
// it (Linux and the BSDs); elsewhere beeep has its own ways.
func hasSessionBus() bool {
	switch runtime.GOOS {
	case "darwin", "windows", "js":
		return true
	}
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "" {
		return true
	}
	if dir := os.Getenv("XDG_RUNTIME_DIR"); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "bus")); err == nil {
			return true
		}
	}
	return false
}
