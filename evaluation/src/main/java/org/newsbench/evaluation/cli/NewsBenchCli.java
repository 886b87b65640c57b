package org.newsbench.evaluation.cli;

import java.io.PrintWriter;

import org.newsbench.evaluation.gold.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code evaluate}, {@code annotate}, {@code agreement}, {@code validate}. Exit codes: 0 success,
 * 1 a regression gate failed, 2 wrong arguments or invalid input (the message names file, line and column).
 */
@Command(name = "newsbench", mixinStandardHelpOptions = true, version = "newsbench 0.1.0",
        description = "Score NLP backends on entities and stance against hand-labelled gold.",
        subcommands = {EvaluateCommand.class, AnnotateCommand.class, AgreementCommand.class, ValidateCommand.class})
public final class NewsBenchCli implements Runnable {

    public static final int EXIT_GATE_FAILED = 1;
    public static final int EXIT_INVALID_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests execute it without exiting the JVM. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NewsBenchCli());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine command = exception.getCommandLine();
            PrintWriter err = command.getErr();
            err.println("error: " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            command.usage(err);
            return EXIT_INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof InvalidInputException invalid) {
                err.println("error: " + invalid.getMessage());
                return EXIT_INVALID_INPUT;
            }
            err.println("error: " + exception);
            exception.printStackTrace(err);
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }
}
