package history

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// recentOf runs ScanFileRecent on path and returns what it gave.
func recentOf(t *testing.T, path string, since, now time.Time) ([]session.Record, []string) {
	t.Helper()
	var recs []session.Record
	var warnings []string
	err := ScanFileRecent(context.Background(), path, since, now, func(r session.Record) error {
		recs = append(recs, r)
		return nil
	}, func(w string) { warnings = append(warnings, w) })
	if err != nil {
		t.Fatal(err)
	}
	return recs, warnings
}

// sinceOf reads path forward from its first line with scanFile and returns the records it gave.
func sinceOf(t *testing.T, path string, since, now time.Time) []session.Record {
	t.Helper()
	var recs []session.Record
	if err := scanFile(path, since, now, func(r session.Record) error {
		recs = append(recs, r)
		return nil
	}, nil); err != nil {
		t.Fatal(err)
	}
	return recs
}

// smallChunks makes the backward search read a few bytes at a time, so that
// chunk edges fall inside lines, on newlines and inside long lines.
func smallChunks(t *testing.T, n int) {
	old := tailChunk
	tailChunk = n
	t.Cleanup(func() { tailChunk = old })
}

// Reading from the end finds every record since a date that reading the
// whole file finds, whatever the chunk size, for histories in time order
// but for small swaps, with damaged, blank and overlong lines among them,
// with or without a last newline.
func TestScanFileRecentMatchesAForwardRead(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	now := time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)
	path := filepath.Join(t.TempDir(), "history.jsonl")
	for i := range 200 {
		chunk := []int{13, 64, 301, 4096}[i%4]
		smallChunks(t, chunk)
		var b strings.Builder
		n := rng.IntN(120)
		start := now.AddDate(0, 0, -rng.IntN(800))
		for j := range n {
			at := start.Add(time.Duration(j) * time.Duration(rng.IntN(48)) * time.Hour / 4)
			if rng.IntN(10) == 0 {
				at = at.Add(-time.Duration(rng.IntN(6)) * time.Hour) // a small swap
			}
			switch rng.IntN(40) {
			case 0:
				b.WriteString("{not json\n")
			case 1:
				b.WriteString("\n")
			case 2:
				if chunk < 4096 {
					break // a byte at a time through 64 KiB: too slow
				}
				b.WriteString(strings.Repeat("x", MaxLineBytes+rng.IntN(100)) + "\n")
			}
			b.WriteString(line(done([]string{"relief", "prevention"}[j%2], at)))
		}
		data := b.String()
		if rng.IntN(3) == 0 {
			data = strings.TrimSuffix(data, "\n")
		}
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		since := now.AddDate(0, 0, -rng.IntN(400))
		got, _ := recentOf(t, path, since, now)
		if want := sinceOf(t, path, since, now); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: %d records from the end, %d from the start", i, len(got), len(want))
		}
	}
}

// A history of many years is read from its end: the start of the file is
// not read at all, so a damaged line there costs no warning, and one old
// record appended among new ones does not hide the new ones before it.
func TestScanFileRecentReadsTheEndOnly(t *testing.T) {
	now := time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)
	since := now.AddDate(0, 0, -RecentDays)
	var b strings.Builder
	b.WriteString("{damaged years ago\n")
	for d := 10 * 365; d > 0; d-- {
		b.WriteString(line(done("prevention", now.AddDate(0, 0, -d))))
		if d == 20 {
			b.WriteString(line(done("relief", now.AddDate(-5, 0, 0)))) // a stray
		}
	}
	b.WriteString("{damaged today\n")
	b.WriteString(line(done("relief", now.Add(-time.Hour))))
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	recs, warnings := recentOf(t, path, since, now)
	if len(recs) != RecentDays+1 || recs[0].Start.Before(since) || recs[len(recs)-1].Routine != "relief" {
		t.Fatalf("%d records from %v, want the %d of the last year and today's", len(recs), recs[0].Start, RecentDays+1)
	}
	if want := []string{"history.jsonl line 2 from the end: skipped, not valid JSON"}; !reflect.DeepEqual(warnings, want) {
		t.Fatalf("warnings %q, want %q", warnings, want)
	}
}

// A short history is read whole, and its lines named by number as ever.
func TestScanFileRecentNamesLinesOfAShortFile(t *testing.T) {
	now := time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)
	path := filepath.Join(t.TempDir(), "history.jsonl")
	data := line(done("relief", now.AddDate(0, 0, -3))) + "{oops\n" + line(done("relief", now))
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	recs, warnings := recentOf(t, path, now.AddDate(0, 0, -RecentDays), now)
	if len(recs) != 2 || !reflect.DeepEqual(warnings, []string{"history.jsonl line 2: skipped, not valid JSON"}) {
		t.Fatalf("%d records, warnings %q", len(recs), warnings)
	}
	if recs, _ := recentOf(t, filepath.Join(t.TempDir(), "none.jsonl"), time.Time{}, now); len(recs) != 0 {
		t.Fatal("a missing file has records")
	}
}

// A done context (Ctrl+C) ends the read at once, with its error.
func TestLoadRecentStopsWhenCancelled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, genHistory(20_000)); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if sum, err := LoadRecent(ctx, path, genEnd, time.UTC, nil); err != nil || sum.Count() == 0 {
		t.Fatalf("not cancelled: %v, %d records", err, sum.Count())
	}
	cancel()
	sum, err := LoadRecent(ctx, path, genEnd, time.UTC, nil)
	if !errors.Is(err, context.Canceled) || sum.Count() != 0 {
		t.Fatalf("cancelled: %v, %d records read", err, sum.Count())
	}
}

// BenchmarkLoadRecent reads the last year at start from histories of 100
// thousand and a million records: "dense" ones spread over 3 years (a third
// of the records in the last year), and "long" ones with 3 sessions a day
// in the last year, the same thousand records at any size, and the rest
// before. For
// comparison, "whole" reads the file from its first line, as the start did
// before.
func BenchmarkLoadRecent(b *testing.B) {
	wholeYear := func(path string) (*Summary, error) {
		s := NewSummary(time.UTC)
		err := scanFile(path, genEnd.AddDate(0, 0, -RecentDays), genEnd, func(r session.Record) error { s.Add(r); return nil }, nil)
		return s, err
	}
	for _, n := range []int{100_000, 1_000_000} {
		dir := b.TempDir()
		write := func(name string, r io.Reader) string {
			path := filepath.Join(dir, name)
			f, err := os.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := io.Copy(f, r); err != nil {
				b.Fatal(err)
			}
			if err := f.Close(); err != nil {
				b.Fatal(err)
			}
			return path
		}
		dense := write("dense.jsonl", genHistory(n))
		// 3 a day in the last year; the rest in the two years before.
		const lastYear = 3 * 365
		older := 2 * 365 * 24 * time.Hour
		long := write("long.jsonl", io.MultiReader(
			&genReader{n: n - lastYear, step: older / time.Duration(n-lastYear), end: genEnd.AddDate(0, 0, -RecentDays-1)},
			&genReader{n: lastYear, step: 8 * time.Hour, end: genEnd},
		))
		for _, bc := range []struct {
			name string
			load func() (*Summary, error)
		}{
			{"long", func() (*Summary, error) { return LoadRecent(context.Background(), long, genEnd, time.UTC, nil) }},
			{"dense", func() (*Summary, error) { return LoadRecent(context.Background(), dense, genEnd, time.UTC, nil) }},
			{"long-whole", func() (*Summary, error) { return wholeYear(long) }},
			{"dense-whole", func() (*Summary, error) { return wholeYear(dense) }},
		} {
			b.Run(fmt.Sprintf("%s-%d", bc.name, n), func(b *testing.B) {
				for b.Loop() {
					s, err := bc.load()
					if err != nil || s.Count() == 0 {
						b.Fatal(err, s.Count())
					}
				}
			})
		}
	}
}

// Whatever the file holds, reading from the end never panics and gives a
// tail of what reading from the start gives: the records of the lines
// after the point where the search stopped.
func FuzzScanFileRecent(f *testing.F) {
	fuzzSeeds(f)
	now := time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)
	var b strings.Builder
	for d := 60; d >= 0; d-- {
		b.WriteString(line(done("relief", now.AddDate(0, 0, -d))))
	}
	f.Add([]byte(b.String()))
	path := filepath.Join(f.TempDir(), "history.jsonl")
	f.Fuzz(func(t *testing.T, data []byte) {
		smallChunks(t, 16)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		since := now.AddDate(0, 0, -30)
		got, _ := recentOf(t, path, since, now)
		all := sinceOf(t, path, since, now)
		if len(got) > len(all) || len(got) > 0 && !reflect.DeepEqual(got, all[len(all)-len(got):]) {
			t.Fatalf("%d records from the end are not the last of the %d from the start", len(got), len(all))
		}
	})
}
