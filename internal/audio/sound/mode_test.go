package sound

import "testing"

func TestParseMode(t *testing.T) {
	for _, m := range []Mode{Auto, Tones, Bell, Off} {
		got, err := ParseMode(m.String())
		if err != nil || got != m {
			t.Errorf("ParseMode(%q) = %v, %v", m.String(), got, err)
		}
	}
	var zero Mode
	if zero != Auto {
		t.Error("the zero Mode is not auto")
	}
	for _, s := range []string{"", "x", "Tones", "beep", " off"} {
		_, err := ParseMode(s)
		if err == nil {
			t.Errorf("ParseMode(%q) passed", s)
		}
	}
	if _, err := ParseMode("x"); err.Error() != `--sound "x" is not a sound: use auto, tones, bell or off` {
		t.Errorf("error %q", err)
	}
}

func TestOverSSH(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{}, false},
		{map[string]string{"DISPLAY": ":0"}, false},
		{map[string]string{"SSH_CONNECTION": "10.0.0.2 51234 10.0.0.1 22"}, true},
		{map[string]string{"SSH_TTY": "/dev/pts/3"}, true},
		{map[string]string{"SSH_CONNECTION": "10.0.0.2 51234 10.0.0.1 22", "SSH_TTY": "/dev/pts/3"}, true},
	} {
		if got := OverSSH(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("OverSSH(%v) = %v", c.env, got)
		}
	}
}
