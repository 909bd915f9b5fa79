package cli

import (
	"github.com/spf13/cobra"
)

// shells are the shells "hipcoach completion" writes scripts for.
var shells = []string{"bash", "zsh", "fish"}

// newCompletionCmd is "hipcoach completion bash|zsh|fish": the shell's
// completion script, for routine names, subcommands and flags.
func newCompletionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish",
		Short: "Print the shell completion script",
		Long: `Print the completion script for bash, zsh or fish. To load it:

  bash:  source <(hipcoach completion bash)
  zsh:   hipcoach completion zsh > "${fpath[1]}/_hipcoach"
  fish:  hipcoach completion fish > ~/.config/fish/completions/hipcoach.fish`,
		ValidArgs:             shells,
		DisableFlagsInUseLine: true,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("'hipcoach completion' takes one shell: bash, zsh or fish")
			}
			for _, s := range shells {
				if args[0] == s {
					return nil
				}
			}
			return usagef("unknown shell %s: use bash, zsh or fish", quote(args[0]))
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(a.out, true)
			case "zsh":
				return root.GenZshCompletion(a.out)
			default:
				return root.GenFishCompletion(a.out, true)
			}
		},
	}
}
