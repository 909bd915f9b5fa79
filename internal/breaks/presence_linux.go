//go:build linux

package breaks

import (
	"context"
	"time"

	"github.com/godbus/dbus/v5"
)

// busTimeout bounds each question to logind: a bus that hangs must not
// hold the screen.
const busTimeout = 2 * time.Second

// Logind asks systemd-logind, over the system bus, whether the session
// hipcoach runs in is locked or idle (its LockedHint and IdleHint, which
// desktops and screen lockers set).
type Logind struct {
	conn *dbus.Conn
	path dbus.ObjectPath
}

// NewLogind connects to logind and finds the session of this process.
// An error means the lock and idle state cannot be seen here (no system
// bus, no logind, or not in a login session, as over SSH in a container).
func NewLogind() (*Logind, error) {
	conn, err := dbus.ConnectSystemBus()
	if err != nil {
		return nil, err
	}
	var path dbus.ObjectPath
	mgr := conn.Object("org.freedesktop.login1", "/org/freedesktop/login1")
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	if err := mgr.CallWithContext(ctx, "org.freedesktop.login1.Manager.GetSession", 0, "auto").Store(&path); err != nil {
		conn.Close() //nolint:errcheck // the lookup's error is the one that says why
		return nil, err
	}
	return &Logind{conn: conn, path: path}, nil
}

// Away reports the session locked or idle.
func (l *Logind) Away() (bool, error) {
	obj := l.conn.Object("org.freedesktop.login1", l.path)
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	for _, prop := range []string{"LockedHint", "IdleHint"} {
		var v dbus.Variant
		err := obj.CallWithContext(ctx, "org.freedesktop.DBus.Properties.Get", 0, "org.freedesktop.login1.Session", prop).Store(&v)
		if err != nil {
			return false, err
		}
		if b, ok := v.Value().(bool); ok && b {
			return true, nil
		}
	}
	return false, nil
}

// Close lets go of the bus.
func (l *Logind) Close() error { return l.conn.Close() }
