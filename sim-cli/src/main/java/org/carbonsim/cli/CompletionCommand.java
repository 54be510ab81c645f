package org.carbonsim.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim completion bash|zsh}: prints picocli's generated completion script for every command
 * and option. One script serves both shells: zsh loads it through its bash-completion emulation, which
 * the script switches on itself. The release archive holds the same script under {@code completion/}.
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print a shell completion script for carbonsim (bash or zsh).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim completion bash",
            "      the script for bash; 'source <(carbonsim completion bash)' in ~/.bashrc loads it",
            "  carbonsim completion zsh",
            "      the script for zsh; 'source <(carbonsim completion zsh)' in ~/.zshrc loads it"
        })
final class CompletionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new UserInputException("SHELL must be bash or zsh, got '" + shell + "'");
        }
        String script = AutoComplete.bash("carbonsim", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
