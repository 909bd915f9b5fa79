package breaks

import (
	"errors"
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

// Desktop is the real Notifier, through github.com/gen2brain/beeep (on
// Linux: D-Bus, then notify-send or kdialog).
type Desktop struct{}

// Notify sends the notification, waiting at most NotifyTimeout.
func (Desktop) Notify(title, body string) error {
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
