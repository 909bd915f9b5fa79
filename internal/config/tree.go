package config

import (
	"strconv"

	"github.com/pelletier/go-toml/v2/unstable"
)

// kind is the type of a TOML value, as far as the checks care.
type kind int

const (
	kTable kind = iota
	kArray
	kString
	kInteger
	kFloat
	kBool
	kDateTime
)

// String names the kind in the words of an error message.
func (k kind) String() string {
	return [...]string{"a table", "a list", "a string", "a whole number", "a decimal number", "true or false", "a date"}[k]
}

// value is one TOML value with where it was written, so every error can
// point at its line and column.
type value struct {
	kind kind
	// keyOff is the byte offset of the key that names the value; off is
	// that of the value itself (of its header, for a table written as
	// [name] or [[name]]).
	keyOff, off int
	// raw is a scalar as written; str is a string's decoded text.
	raw, str string
	tab      *table
	elems    []*value
	// tables marks a list made by [[name]] headers.
	tables bool
}

// table is a TOML table with its keys in the order they were written.
type table struct {
	keys []string
	vals map[string]*value
}

func newTable() *table { return &table{vals: map[string]*value{}} }

func (t *table) put(k string, v *value) {
	if _, ok := t.vals[k]; !ok {
		t.keys = append(t.keys, k)
	}
	t.vals[k] = v
}

// sub is the table that key k of t names while walking a dotted key or a
// table header: an existing table, the last table of a [[k]] list, or a
// new table. A document that go-toml accepted never names a value this
// way; should one, a detached table keeps the walk going.
func (t *table) sub(k string, keyOff, off int) *table {
	v := t.vals[k]
	switch {
	case v == nil:
		v = &value{kind: kTable, keyOff: keyOff, off: off, tab: newTable()}
		t.put(k, v)
		return v.tab
	case v.kind == kTable:
		return v.tab
	case v.kind == kArray && len(v.elems) > 0 && v.elems[len(v.elems)-1].kind == kTable:
		return v.elems[len(v.elems)-1].tab
	default:
		return newTable()
	}
}

// keyPart is one part of a dotted key and where it was written.
type keyPart struct {
	name string
	off  int
}

// builder turns go-toml's syntax tree into tables of values that remember
// their positions. It trusts go-toml's decoder to have checked the
// document (duplicate keys, tables defined twice), and never panics on one
// it did not.
type builder struct {
	p    unstable.Parser
	data []byte
	// keys counts the key parts read; tooMany is the offset of the first
	// one past MaxKeys, or -1.
	nkeys, tooMany int
}

// build reads data into its root table. It runs before go-toml's decoder
// checks the document, to stop at MaxKeys keys (the decoder's check takes
// time that grows with the square of the keys in one table), so it must
// not panic on a document the decoder would refuse; the caller throws
// such a tree away. tooMany is -1, or the offset of the first key past
// MaxKeys, where building stopped.
func build(data []byte) (root *table, tooMany int, err error) {
	b := &builder{data: data, tooMany: -1}
	b.p.Reset(data)
	root = newTable()
	cur := root
	for b.tooMany < 0 && b.p.NextExpression() {
		e := b.p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			keys := b.keys(e.Key())
			if len(keys) == 0 {
				continue
			}
			header := b.headerStart(keys[0].off)
			t := root
			for _, k := range keys[:len(keys)-1] {
				t = t.sub(k.name, k.off, k.off)
			}
			last := keys[len(keys)-1]
			if e.Kind == unstable.Table {
				cur = t.sub(last.name, last.off, header)
				if v := t.vals[last.name]; v != nil && v.kind == kTable {
					v.keyOff, v.off = last.off, header // defined here, maybe implicitly before
				}
				continue
			}
			list := t.vals[last.name]
			if list == nil || list.kind != kArray || !list.tables {
				list = &value{kind: kArray, tables: true, keyOff: last.off, off: header}
				t.put(last.name, list)
			}
			elem := &value{kind: kTable, keyOff: last.off, off: header, tab: newTable()}
			list.elems = append(list.elems, elem)
			cur = elem.tab
		case unstable.KeyValue:
			b.keyValue(cur, e)
		}
	}
	return root, b.tooMany, b.p.Error()
}

// keys reads a dotted key.
func (b *builder) keys(it unstable.Iterator) []keyPart {
	var parts []keyPart
	for it.Next() {
		n := it.Node()
		parts = append(parts, keyPart{name: string(n.Data), off: int(n.Raw.Offset)})
		if b.nkeys++; b.nkeys > MaxKeys && b.tooMany < 0 {
			b.tooMany = int(n.Raw.Offset)
		}
	}
	return parts
}

// headerStart is where the header whose first key starts at off begins:
// at its opening bracket.
func (b *builder) headerStart(off int) int {
	for off > 0 && (b.data[off-1] == ' ' || b.data[off-1] == '\t') {
		off--
	}
	for n := 0; n < 2 && off > 0 && b.data[off-1] == '['; n++ {
		off--
	}
	return off
}

// keyValue sets key = value in t, walking a dotted key.
func (b *builder) keyValue(t *table, kv *unstable.Node) {
	keys := b.keys(kv.Key())
	if len(keys) == 0 {
		return
	}
	for _, k := range keys[:len(keys)-1] {
		t = t.sub(k.name, k.off, k.off)
	}
	last := keys[len(keys)-1]
	v := b.value(kv.Value(), last.off)
	v.keyOff = last.off
	t.put(last.name, v)
}

// value converts a value node; keyOff stands in for the position of a list,
// which the syntax tree does not keep.
func (b *builder) value(n *unstable.Node, keyOff int) *value {
	v := &value{keyOff: keyOff, off: keyOff}
	if n.Kind != unstable.Array {
		v.off = int(n.Raw.Offset)
	}
	switch n.Kind {
	case unstable.Array:
		v.kind = kArray
		it := n.Children()
		for it.Next() {
			if c := it.Node(); c.Kind != unstable.Comment {
				v.elems = append(v.elems, b.value(c, keyOff))
			}
		}
	case unstable.InlineTable:
		v.kind, v.tab = kTable, newTable()
		it := n.Children()
		for it.Next() {
			if c := it.Node(); c.Kind == unstable.KeyValue {
				b.keyValue(v.tab, c)
			}
		}
	case unstable.String:
		v.kind, v.str = kString, string(n.Data)
		v.raw = string(b.p.Raw(n.Raw))
	case unstable.Integer:
		v.kind, v.raw = kInteger, string(n.Data)
	case unstable.Float:
		v.kind, v.raw = kFloat, string(n.Data)
	case unstable.Bool:
		v.kind, v.raw = kBool, string(n.Data)
	default:
		v.kind, v.raw = kDateTime, string(n.Data)
	}
	return v
}

// integer is the value of a TOML integer ("1_000", "0x1F", "+5"); ok is
// false when it does not fit in 64 bits.
func (v *value) integer() (n int64, ok bool) {
	n, err := strconv.ParseInt(v.raw, 0, 64)
	return n, err == nil
}
