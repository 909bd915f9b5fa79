package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The coach's start reads the last year from the end of the history: a
// damaged line from years ago is not read, so it costs no warning at every
// start; and Ctrl+C during the read ends it without a word about the file.
func TestPastSessionsReadsTheLastYearOnly(t *testing.T) {
	now := time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)
	var b strings.Builder
	b.WriteString("{damaged long ago\n")
	for d := 3 * 365; d >= 0; d-- {
		fmt.Fprintf(&b, `{"start":%q,"routine":"relief","completed":true}`+"\n", now.AddDate(0, 0, -d).Format(time.RFC3339))
	}
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	var errOut strings.Builder
	sum := pastSessions(context.Background(), path, now, time.UTC, &errOut)
	if errOut.Len() > 0 || sum.Count() != 367 {
		t.Fatalf("%d records, stderr %q; want the 367 of the last year and no warning", sum.Count(), errOut.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	errOut.Reset()
	pastSessions(ctx, path, now, time.UTC, &errOut)
	if errOut.Len() > 0 {
		t.Fatalf("stderr %q after Ctrl+C, want nothing", errOut.String())
	}
}
