package history

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"testing"
	"time"

	"github.com/hipcoach/hipcoach/internal/session"
)

// genEnd is when generated histories end.
var genEnd = time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)

// genSpan is the time a generated history covers, whatever its length:
// about 1100 distinct days, so that a longer history has more sessions a
// day, not more days.
const genSpan = 3 * 365 * 24 * time.Hour

// genHistory is a reader of n history lines as AppendContext writes them,
// oldest first, evenly spread over the genSpan up to genEnd. The lines are
// made as they are read: a million of them never exist at once.
func genHistory(n int) io.Reader {
	return &genReader{n: n, step: genSpan / time.Duration(max(n, 1)), end: genEnd}
}

// genReader makes n lines, step apart, the last one step before end.
type genReader struct {
	n, i int
	step time.Duration
	end  time.Time
	line []byte // the line being read
	off  int
}

func (g *genReader) Read(p []byte) (int, error) {
	read := 0
	for read < len(p) {
		if g.off == len(g.line) {
			if g.i == g.n {
				break
			}
			g.line = genLine(g.line[:0], g.i, g.end.Add(time.Duration(g.i-g.n)*g.step))
			g.off = 0
			g.i++
		}
		c := copy(p[read:], g.line[g.off:])
		g.off += c
		read += c
	}
	if read == 0 {
		return 0, io.EOF
	}
	return read, nil
}

var genRoutines = []struct {
	name, steps string
	planned     int
}{
	{"prevention", `["hip-circles","leg-swings","fire-hydrants","glute-bridges","plank","side-lying-leg-lifts","lunge-stretch"]`, 720},
	{"relief", `["kneeling-hip-flexor-stretch","foam-rolling"]`, 240},
	{"physio", `["kneeling-hip-flexor-stretch","glute-bridges"]`, 300},
}

// genLine appends the i-th generated record, a realistic one of about 300
// bytes, to b.
func genLine(b []byte, i int, start time.Time) []byte {
	r := genRoutines[i%len(genRoutines)]
	b = append(b, `{"start":"`...)
	b = start.AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","routine":"`...)
	b = append(b, r.name...)
	b = append(b, `","steps_done":`...)
	b = append(b, r.steps...)
	b = append(b, `,"steps_skipped":[],"planned_seconds":`...)
	b = strconv.AppendInt(b, int64(r.planned), 10)
	b = append(b, `,"actual_seconds":`...)
	b = strconv.AppendFloat(b, float64(r.planned)+float64(i%97)/4, 'f', -1, 64)
	b = append(b, `,"completed":`...)
	b = strconv.AppendBool(b, i%5 != 0)
	b = append(b, `,"pain_before":`...)
	b = strconv.AppendInt(b, int64(i%11), 10)
	b = append(b, `,"pain_after":`...)
	b = strconv.AppendInt(b, int64(i%7), 10)
	return append(b, `,"version":"1.0.0"}`+"\n"...)
}

func TestGeneratedHistoryIsValid(t *testing.T) {
	const n = 5000 // four or five a day
	data, _ := io.ReadAll(genHistory(n))
	recs, warnings := scanAll(t, data, genEnd)
	if len(recs) != n || len(warnings) != 0 {
		t.Fatalf("%d records, warnings %q", len(recs), warnings)
	}
	s := NewSummary(time.UTC)
	for _, r := range recs {
		s.Add(r)
	}
	if s.Streaks("", genEnd).Current < 100 || len(s.Nudges(genEnd)) == 0 {
		t.Errorf("a generated history with streak %+v and nudges %q: not much of a test", s.Streaks("", genEnd), s.Nudges(genEnd))
	}
	if avg := len(data) / n; avg < 250 || avg > 350 {
		t.Errorf("generated records are %d bytes on average, want about 300", avg)
	}
}

// heapUse scans r into a Summary and returns the highest heap in use seen
// while scanning (sampled every 1000 records) and the heap still in use
// after it, both above what was in use before, and the time it took.
func heapUse(tb testing.TB, r io.Reader) (peak, live uint64, took time.Duration, s *Summary) {
	defer debug.SetGCPercent(debug.SetGCPercent(100)) // whatever GOGC says
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	base := m.HeapAlloc
	s = NewSummary(time.UTC)
	n := 0
	start := time.Now()
	err := Scan(r, "history.jsonl", genEnd, func(rec session.Record) error {
		s.Add(rec)
		if n++; n%1000 == 0 {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc-min(base, m.HeapAlloc))
		}
		return nil
	}, func(w string) { tb.Fatal(w) })
	took = time.Since(start)
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	live = m.HeapAlloc - min(base, m.HeapAlloc)
	return peak, live, took, s
}

var million = flag.Bool("million", false, "TestSummaryMemoryIsFlat: read a million records too (5–10 s)")

// The report's aggregate costs the same memory for 10 thousand records as
// for 100 thousand, and with -million for a million: it grows with days and
// routines, not records.
func TestSummaryMemoryIsFlat(t *testing.T) {
	sizes := []int{10_000, 100_000}
	if *million {
		sizes = append(sizes, 1_000_000)
	}
	var peaks, lives []uint64
	for _, n := range sizes {
		peak, live, took, s := heapUse(t, genHistory(n))
		if s.Count() != n {
			t.Fatalf("%d records read of %d", s.Count(), n)
		}
		t.Logf("%8d records: %v, heap in use %5d KiB at most while reading, %4d KiB after", n, took.Round(time.Millisecond), peak>>10, live>>10)
		peaks = append(peaks, peak)
		lives = append(lives, live)
	}
	last := len(sizes) - 1
	if lives[last] > lives[0]+256<<10 {
		t.Errorf("the summary of %d records keeps %d KiB, of %d records %d KiB: it grows with records", sizes[last], lives[last]>>10, sizes[0], lives[0]>>10)
	}
	if peaks[last] > 2*peaks[0]+4<<20 {
		t.Errorf("reading %d records used up to %d KiB, %d records %d KiB: it grows with records", sizes[last], peaks[last]>>10, sizes[0], peaks[0]>>10)
	}
}

// BenchmarkScan100k reads 100 thousand records (about 30 MB) into a Summary.
func BenchmarkScan100k(b *testing.B) {
	data, _ := io.ReadAll(genHistory(100_000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s := NewSummary(time.UTC)
		if err := Scan(bytes.NewReader(data), "history.jsonl", genEnd, func(r session.Record) error {
			s.Add(r)
			return nil
		}, nil); err != nil {
			b.Fatal(err)
		}
		if s.Count() != 100_000 {
			b.Fatal(s.Count())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100_000, "ns/record")
}

// BenchmarkScanFileWithSince100k reads the last 30 days of a file of 100
// thousand records forward, passing over the older lines, against all of it.
func BenchmarkScanFileWithSince100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "history.jsonl")
	data, _ := io.ReadAll(genHistory(100_000))
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name  string
		since time.Time
	}{{"all", time.Time{}}, {"last-30-days", genEnd.AddDate(0, 0, -30)}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				if err := scanFile(path, bc.since, genEnd, func(session.Record) error { n++; return nil }, nil); err != nil {
					b.Fatal(err)
				}
				if n == 0 {
					b.Fatal("no records")
				}
			}
		})
	}
}

// BenchmarkSummaryMemory reports the heap a Summary needs while reading 10
// thousand to a million generated records, and, for comparison, what
// holding every record in a slice (Read) needs.
func BenchmarkSummaryMemory(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("summary-%d", n), func(b *testing.B) {
			var peak, live uint64
			for b.Loop() {
				peak, live, _, _ = heapUse(b, genHistory(n))
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
			b.ReportMetric(float64(live)/(1<<10), "kept-KiB")
		})
	}
	b.Run("slice-100000", func(b *testing.B) {
		var held uint64
		for b.Loop() {
			var m runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&m)
			base := m.HeapAlloc
			var recs []session.Record
			if err := Scan(genHistory(100_000), "h", genEnd, func(r session.Record) error {
				recs = append(recs, r)
				return nil
			}, nil); err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			runtime.ReadMemStats(&m)
			held = m.HeapAlloc - min(base, m.HeapAlloc)
			runtime.KeepAlive(recs)
		}
		b.ReportMetric(float64(held)/(1<<20), "kept-MiB")
	})
}
