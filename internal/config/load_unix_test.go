//go:build unix

package config

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Load turns every file that is not a config file into one line naming
// the path: a directory, a FIFO (without waiting for a writer), a file of
// 10 MB, a broken link, a path through a file, an unreadable file.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := func(name string) string { return filepath.Join(dir, name) }

	f, err := Load(path("missing.toml"))
	if err != nil || f.Found || f.Path != path("missing.toml") {
		t.Fatalf("a missing file: %+v, %v", f, err)
	}

	if err := os.WriteFile(path("ok.toml"), []byte(physioTOML), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(path("ok.toml"), path("link.toml")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ok.toml", "link.toml"} {
		f, err = Load(path(name))
		if err != nil || !f.Found || len(f.Routines) != 1 {
			t.Fatalf("%s: %+v, %v", name, f, err)
		}
	}

	if err := os.Mkdir(path("dir.toml"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path("fifo.toml"), 0o600); err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 10<<20)
	for i := range big {
		big[i] = '#'
	}
	if err := os.WriteFile(path("big.toml"), big, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(path("nowhere.toml"), path("dangling.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path("bad.toml"), []byte("[defaults]\nhold = \"1h\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, want string }{
		{"dir.toml", "is a directory, not a file"},
		{"fifo.toml", "is a named pipe (FIFO), not a file"},
		{"big.toml", "is larger than 1 MiB, too large for a config file (a real one is a few kilobytes)"},
		{"dangling.toml", "is a symbolic link to a file that does not exist (remove it, or point it at a file)"},
		{"ok.toml/sub.toml", "cannot be read: not a directory"},
	}
	for _, c := range cases {
		f, err := Load(path(c.name))
		if want := path(c.name) + ": " + c.want; err == nil || err.Error() != want {
			t.Errorf("%s: %v\nwant %s", c.name, err, want)
		}
		if !f.Found || len(f.Routines) != 0 {
			t.Errorf("%s: %+v", c.name, f)
		}
	}
	if _, err := Load(path("bad.toml")); err == nil || err.Error() != path("bad.toml")+`:2:8: hold "1h" is out of range (use 1s to 10m)` {
		t.Errorf("bad.toml: %v", err)
	}

	if os.Geteuid() == 0 {
		t.Log("running as root: cannot test an unreadable file")
		return
	}
	if err := os.WriteFile(path("secret.toml"), []byte("x"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err = Load(path("secret.toml"))
	if want := path("secret.toml") + ": cannot be read: permission denied"; err == nil || err.Error() != want || !errors.Is(err, os.ErrPermission) {
		t.Errorf("unreadable: %v\nwant %s", err, want)
	}
}
