package cli

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// buildVersion is the version to show: the release's (main.version), else the module's
// tagged version from the build information (go install …@v1.2.3), else
// "devel", with "+dirty" when the checkout it was built from had changes.
// The commit is shown beside it (buildCommit).
func buildVersion(release string) string {
	if release != "" {
		return release
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" || strings.HasPrefix(v, "v0.0.0-") {
		// A build in a checkout: its pseudo-version only repeats the commit.
		v = "devel"
		if setting(info, "vcs.modified") == "true" {
			v += "+dirty"
		}
	}
	return v
}

// buildCommit is the commit the binary was built from, as the go command
// stamped it; "" when unknown (built outside a checkout, or without VCS
// stamping).
func buildCommit() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		return setting(info, "vcs.revision")
	}
	return ""
}

// setting is one of the build information's settings, or "".
func setting(info *debug.BuildInfo, key string) string {
	for _, s := range info.Settings {
		if s.Key == key {
			return s.Value
		}
	}
	return ""
}

// newVersionCmd is "hipcoach version", the same as --version.
func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and its commit",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(a.out, "hipcoach version "+cmd.Root().Version)
			return err
		},
	}
}
