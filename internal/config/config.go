// Package config reads hipcoach's optional config file,
// $XDG_CONFIG_HOME/hipcoach/config.toml: the user's defaults for the
// durations and sounds, and routines of their own, such as what a
// physiotherapist prescribed. It checks the whole file and reports every
// problem at once, each at its line and column, so a typo never passes
// silently and never needs several runs to find. It knows nothing of
// flags or terminals: the command line applies the defaults below its
// flags and joins the routines to the built-in ones.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/xdg"
	"github.com/pelletier/go-toml/v2"

	"github.com/hipcoach/hipcoach/internal/audio/sound"
	"github.com/hipcoach/hipcoach/internal/breaks"
	"github.com/hipcoach/hipcoach/internal/words"
	"github.com/hipcoach/hipcoach/routines"
)

// MaxSize is the largest config file read. A real one is a few kilobytes;
// a larger file is a mistake (a log or a disk image at the wrong path), and
// reading it whole would only cost memory.
const MaxSize = 1 << 20

// MaxKeys is the most keys a config file may hold, counting each part of
// a dotted key. A real file has a few dozen; the limit keeps checking a
// file of MaxSize quick.
const MaxKeys = 5000

// MaxErrors is the most problems reported for one file; past it, one last
// line says how many more there are.
const MaxErrors = 100

// Path is where the config file lives: $XDG_CONFIG_HOME/hipcoach/config.toml,
// usually ~/.config/hipcoach/config.toml. It creates nothing.
func Path() string { return filepath.Join(xdg.ConfigHome, "hipcoach", "config.toml") }

// File is what a config file says. The zero File is an absent file: the
// built-in defaults and routines only.
type File struct {
	// Path is the file's path (or the name given to Parse), as errors name it.
	Path string
	// Found is set when there was a file to read.
	Found    bool
	Defaults Defaults
	// Breaks is the [breaks] table, for hipcoach breaks and status.
	Breaks Breaks
	// Routines are the file's own routines in the order written, each with
	// Custom set; they never share a name with a built-in one.
	Routines []routines.Routine
}

// Defaults are the [defaults] table. A nil field was not set in the file,
// so the built-in default applies unless a flag says otherwise: flag >
// file > built-in.
type Defaults struct {
	Hold, Roll, GetReady, Switch *time.Duration
	Extras                       *bool
	// Sound is the sound setting, as --sound takes it.
	Sound *sound.Mode
	// Voice true asks for spoken cues (as --voice), false for none (as
	// --no-voice).
	Voice *bool
}

// Breaks are the [breaks] table; as with Defaults, a nil field was not set.
type Breaks struct {
	// Every is the sitting time between calls, Snooze how long s puts a
	// call off.
	Every, Snooze *time.Duration
	// Routine is the routine a break runs: a built-in one or the file's.
	Routine *string
	// Quiet are hours without calls.
	Quiet *breaks.Window
	// Days are the days with calls, by time.Weekday; nil: every day.
	Days *[7]bool
}

// Schedule is the break schedule the table asks for, over the built-in one.
func (b Breaks) Schedule() breaks.Schedule {
	s := breaks.DefaultSchedule()
	if b.Every != nil {
		s.Every = *b.Every
	}
	if b.Snooze != nil {
		s.Snooze = *b.Snooze
	}
	s.Quiet = b.Quiet
	if b.Days != nil {
		s.Days = *b.Days
	}
	return s
}

// Apply returns o with the durations and extras the file sets. Start from
// routines.DefaultOptions and apply the flags the user gave afterwards.
func (d Defaults) Apply(o routines.Options) routines.Options {
	for _, f := range []struct {
		from *time.Duration
		to   *time.Duration
	}{{d.Hold, &o.Hold}, {d.Roll, &o.Roll}, {d.GetReady, &o.GetReady}} {
		if f.from != nil {
			*f.to = *f.from
		}
	}
	if d.Switch != nil {
		sw := *d.Switch
		o.Switch = &sw
	}
	if d.Extras != nil {
		o.Extras = *d.Extras
	}
	return o
}

// AllRoutines are the built-in routines followed by the file's, as the
// picker lists them and a routine name is looked up (routines.FindIn).
func (f File) AllRoutines() []routines.Routine {
	return append(slices.Clone(routines.All), f.Routines...)
}

// Error is one problem with a config file. Line and Column (counted in
// characters, from 1) are zero for a problem with the file as a whole,
// such as one that cannot be read.
type Error struct {
	Path         string
	Line, Column int
	Msg          string
	// Err is the underlying error of a file that could not be read.
	Err error
}

// Error is the line a user sees: "PATH:LINE:COLUMN: what is wrong (what is
// allowed)", or "PATH: what is wrong"; control characters are escaped.
func (e *Error) Error() string {
	if e.Line == 0 {
		return clean(fmt.Sprintf("%s: %s", e.Path, e.Msg))
	}
	return clean(fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg))
}

func (e *Error) Unwrap() error { return e.Err }

// Errors are all the problems found in one file, in the order of the file.
type Errors []*Error

// Error is one line per problem.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap gives errors.Is and errors.As each problem.
func (es Errors) Unwrap() []error {
	errs := make([]error, len(es))
	for i, e := range es {
		errs[i] = e
	}
	return errs
}

// Load reads the config file at path. A missing file is no error: it
// gives a File with Found false. A file that is not a regular file, is
// larger than MaxSize, cannot be read or has problems gives Errors, and a
// File with nothing but Path and Found. reserved are the names a routine may
// not take (see Parse).
func Load(path string, reserved ...string) (File, error) {
	f := File{Path: path}
	fail := func(msg string, err error) (File, error) {
		return f, Errors{{Path: path, Msg: msg, Err: err}}
	}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
			f.Found = true
			return fail("is a symbolic link to a file that does not exist (remove it, or point it at a file)", err)
		}
		return f, nil
	}
	f.Found = true
	if err != nil {
		return fail("cannot be read: "+words.Reason(err), err)
	}
	if msg := notRegular(fi); msg != "" {
		return fail(msg, nil)
	}
	// O_NONBLOCK: should the path turn into a FIFO after the Stat, opening
	// it must not wait for a writer; the Stat of the open file then refuses
	// it.
	file, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return fail("cannot be read: "+words.Reason(err), err)
	}
	defer file.Close() //nolint:errcheck // read only: closing cannot lose anything
	if fi, err = file.Stat(); err != nil {
		return fail("cannot be read: "+words.Reason(err), err)
	}
	if msg := notRegular(fi); msg != "" {
		return fail(msg, nil)
	}
	data, err := io.ReadAll(io.LimitReader(file, MaxSize+1))
	if err != nil {
		return fail("cannot be read: "+words.Reason(err), err)
	}
	return Parse(path, data, reserved...)
}

// notRegular says what the file is if it is not a regular file, or "".
func notRegular(fi fs.FileInfo) string {
	m := fi.Mode()
	switch {
	case m.IsRegular():
		if fi.Size() > MaxSize {
			return tooLarge
		}
		return ""
	case m.IsDir():
		return "is a directory, not a file"
	case m&fs.ModeNamedPipe != 0:
		return "is a named pipe (FIFO), not a file"
	case m&fs.ModeSocket != 0:
		return "is a socket, not a file"
	case m&fs.ModeDevice != 0:
		return "is a device, not a file"
	default:
		return "is not a regular file"
	}
}

const tooLarge = "is larger than 1 MiB, too large for a config file (a real one is a few kilobytes)"

// utf8BOM is the mark some editors put at the start of a UTF-8 file.
var utf8BOM = []byte("\xef\xbb\xbf")

// Parse reads a config file's contents; name is the path its errors give.
// It checks everything and returns every problem as Errors, in the order
// of the file; with problems, the File holds nothing but Path and Found.
//
// reserved are the names a routine may not take, the command line's own
// words: "hipcoach history" must stay the history. The command tree knows
// them, so the caller passes them in rather than this package keeping a
// copy that could fall behind.
func Parse(name string, data []byte, reserved ...string) (File, error) {
	f := File{Path: name, Found: true}
	if len(data) > MaxSize {
		return f, Errors{{Path: name, Msg: tooLarge}}
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	c := &checker{name: name, data: data, reserved: reserved}
	root, tooMany, buildErr := build(data)
	if tooMany >= 0 {
		c.errorf(tooMany, "more than %d keys, too many for a config file (a real one has a few dozen)", MaxKeys)
		return f, c.errors()
	}
	// go-toml's decoder checks the document as TOML (syntax, keys defined
	// twice, tables redefined); the tree built above holds the position of
	// every key and value.
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		e := &Error{Path: name, Msg: "not valid TOML: " + shorten(strings.TrimPrefix(err.Error(), "toml: "), 160)}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, col := de.Position()
			e.Line, e.Column = line, charColumn(data, line, col)
		}
		return f, Errors{e}
	}
	if buildErr != nil { // go-toml accepted what its parser refuses: say so, never panic
		return f, Errors{{Path: name, Msg: "not valid TOML: " + shorten(buildErr.Error(), 160)}}
	}
	out := c.file(root)
	if errs := c.errors(); errs != nil {
		return f, errs
	}
	out.Path, out.Found = name, true
	return out, nil
}

// charColumn turns go-toml's column, counted in bytes, into one counted in
// characters, as editors show it.
func charColumn(data []byte, line, col int) int {
	start := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[start:], '\n')
		if i < 0 {
			return col
		}
		start += i + 1
	}
	end := min(start+col-1, len(data))
	if end < start {
		return col
	}
	return utf8.RuneCount(data[start:end]) + 1
}

// clean escapes what a terminal would act on (control characters,
// invisible direction marks, bytes that are not UTF-8) in a line about to
// be shown.
func clean(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
		s = s[size:]
	}
	return b.String()
}

// unsafeRune reports the characters refused in text fields and escaped in
// messages: control characters, line and paragraph separators, and the
// invisible marks that reorder text (which can make a line show what it
// does not say).
func unsafeRune(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r == '\u2028' || r == '\u2029' || r == '\u200E' || r == '\u200F' || r == '\u061C':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// shorten cuts s to at most n characters, marking the cut with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
