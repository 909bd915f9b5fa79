package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is the release's version, set by the release build with
// -ldflags "-X main.version=v1.2.3"; a plain build takes it from the
// build information.
var version = ""

// buildVersion is the version to show: the release's, else the module's
// version from the build information ("(devel)" for a build in a checkout,
// shown as "devel").
func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}

// buildCommit is the commit the binary was built from, as the go command
// stamped it, marked when the checkout had changes; "" when unknown.
func buildCommit() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var commit, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if commit != "" && modified == "true" {
		return commit + "-dirty"
	}
	return commit
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
