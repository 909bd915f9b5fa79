package cli

import (
	"cmp"
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// newManCmd is "hipcoach man": the manual page in roff, made from the same
// command tree as the help, so the two never disagree.
func newManCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page (hipcoach man | man -l -)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(a.out, manPage(cmd.Root(), a.version))
			return err
		},
	}
}

// manPage is the manual page of the command tree under root, in the man
// macros. It is written here rather than by mango-cobra, which made a
// paragraph of every source line of the help, left out the flags' defaults
// and the examples, and nested the subcommands' flags wrongly. The help's
// text is read as paragraphs of prose, separated by blank lines, and
// tables of indented rows whose cells are two or more spaces apart (see
// manText); the tables become tagged paragraphs, which man fills to any
// width.
func manPage(root *cobra.Command, version string) string {
	var m manWriter
	name := root.Name()
	m.macro("TH", strings.ToUpper(name), "1", "", name+" "+version, "User Commands")
	// Ragged right and no hyphens: a flag or a path is never split.
	m.macro("ad", "l")
	m.macro("nh")
	m.macro("SH", "NAME")
	m.text(name + " - " + lowerFirst(root.Short))
	m.macro("SH", "SYNOPSIS")
	m.line(`\fB` + name + `\fR [\fIflags\fR] [\fIROUTINE\fR]`)
	m.macro("br")
	m.line(`\fB` + name + `\fR \fICOMMAND\fR [\fIflags\fR] [\fIargs\fR]`)
	m.macro("SH", "DESCRIPTION")
	m.prose(root.Long)
	m.macro("SH", "OPTIONS")
	m.flags(root.Flags())
	m.macro("SH", "COMMANDS")
	for _, c := range root.Commands() {
		m.command(c)
	}
	if root.Example != "" {
		m.macro("SH", "EXAMPLES")
		m.example(root.Example, false)
	}
	m.macro("SH", "EXIT STATUS")
	m.table([][2]string{
		{"0", "done"},
		{"1", "failed, e.g. a file that cannot be read, or a config with problems"},
		{"2", "a mistake on the command line"},
		{"130", "interrupted by Ctrl+C or a signal"},
	})
	return m.String()
}

// command is a subcommand's part of the page: its usage, text, flags and
// examples, then its own subcommands.
func (m *manWriter) command(c *cobra.Command) {
	if c.Hidden || c.Name() == "help" {
		return
	}
	m.macro("SS", c.CommandPath()+strings.TrimPrefix(c.Use, c.Name()))
	m.prose(cmp.Or(c.Long, c.Short))
	m.flags(c.Flags())
	if c.Example != "" {
		m.example(c.Example, true)
	}
	for _, sub := range c.Commands() {
		m.command(sub)
	}
}

// flags lists a command's own flags, in the help's order, each with its
// value and its default.
func (m *manWriter) flags(fs *pflag.FlagSet) {
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		tag := `\fB` + roffEscape("--"+f.Name) + `\fR`
		if f.Shorthand != "" {
			tag = `\fB` + roffEscape("-"+f.Shorthand) + `\fR, ` + tag
		}
		if f.Value.Type() != "bool" {
			tag += ` \fI` + roffEscape(strings.ToUpper(f.Value.Type())) + `\fR`
		}
		m.macro("TP")
		m.line(tag)
		usage := upperFirst(f.Usage)
		if d := f.DefValue; d != "" && d != "false" && d != "0" && d != "[]" {
			usage += "; default " + d
		}
		m.text(usage + ".")
	})
}

// example is a command's examples, as they would be typed, under an
// "Examples:" line if labelled.
func (m *manWriter) example(text string, labelled bool) {
	if labelled {
		m.macro("PP")
		m.text("Examples:")
	}
	m.macro("RS", "4")
	m.macro("nf")
	for _, l := range strings.Split(strings.Trim(text, "\n"), "\n") {
		m.text(l)
	}
	m.macro("fi")
	m.macro("RE")
}

// cells splits a table row where two or more spaces part its cells.
var cells = regexp.MustCompile(` {2,}`)

// prose writes help text: each block between blank lines is a paragraph
// of prose, its lines joined, but for runs of indented lines, which are a
// table of term and meaning pairs (a row may hold several side by side),
// or lines kept as they are if a row is not pairs.
func (m *manWriter) prose(text string) {
	for _, block := range strings.Split(strings.TrimSpace(text), "\n\n") {
		var para []string
		var rows []string
		flush := func() {
			if len(para) > 0 {
				m.macro("PP")
				m.text(strings.Join(para, " "))
				para = nil
			}
			if len(rows) > 0 {
				m.rows(rows)
				rows = nil
			}
		}
		for _, l := range strings.Split(block, "\n") {
			if strings.HasPrefix(l, "  ") {
				if len(para) > 0 {
					flush()
				}
				rows = append(rows, strings.TrimSpace(l))
				continue
			}
			if len(rows) > 0 {
				flush()
			}
			para = append(para, strings.TrimSpace(l))
		}
		flush()
	}
}

// rows writes indented lines of help: as a table of pairs if every row
// splits into pairs of cells, otherwise as they are.
func (m *manWriter) rows(rows []string) {
	var pairs [][2]string
	for _, r := range rows {
		c := cells.Split(r, -1)
		if len(c)%2 != 0 {
			m.macro("RS", "4")
			m.macro("nf")
			for _, r := range rows {
				m.text(r)
			}
			m.macro("fi")
			m.macro("RE")
			return
		}
		for i := 0; i < len(c); i += 2 {
			pairs = append(pairs, [2]string{c[i], c[i+1]})
		}
	}
	m.table(pairs)
}

// table writes terms and their meanings as tagged paragraphs, indented as
// far as the longest term needs (within reason: a longer term puts its
// meaning on the next line).
func (m *manWriter) table(pairs [][2]string) {
	width := 0
	for _, p := range pairs {
		width = max(width, len([]rune(p[0])))
	}
	indent := fmt.Sprint(min(width+2, 16)) + "n"
	m.macro("PD", "0") // one line a row, no blank line between
	for _, p := range pairs {
		m.macro("TP", indent)
		m.line(`\fB` + roffEscape(p[0]) + `\fR`)
		m.text(p[1])
	}
	m.macro("PD")
}

// manWriter builds a roff document line by line.
type manWriter struct{ strings.Builder }

// macro writes a request line, quoting arguments that need it.
func (m *manWriter) macro(name string, args ...string) {
	m.WriteString("." + name)
	for _, a := range args {
		a = roffEscape(a)
		if a == "" || strings.ContainsAny(a, " \"") {
			a = `"` + strings.ReplaceAll(a, `"`, `\(dq`) + `"`
		}
		m.WriteString(" " + a)
	}
	m.WriteString("\n")
}

// text writes a line of text, escaped.
func (m *manWriter) text(s string) { m.line(roffEscape(s)) }

// line writes a line of roff as it is, guarded against reading as a
// request when it begins with a dot or an apostrophe.
func (m *manWriter) line(s string) {
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	m.WriteString(s + "\n")
}

// roffEscape makes text print as it is in roff: backslashes and hyphens
// escaped (so that flags copy as typed), and any character beyond ASCII
// written by its code point, so the page renders whatever the reader's
// encoding.
func roffEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\e`)
		case r == '-':
			b.WriteString(`\-`)
		case r > 0x7e:
			fmt.Fprintf(&b, `\[u%04X]`, r)
		case r < 0x20:
			// Control characters have no place on the page.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
