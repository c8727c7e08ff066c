package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.course.Problem;

/**
 * Runs the grader's picocli commands alike: help in the language asked for ({@code --lang}, else the
 * machine's), every message from the grader's {@link Messages} in that language ({@code --lang}, else
 * Indonesian, the course's), bad input as one line and exit code 2, a fault of the grader as one line and exit
 * code 3, never a stack trace.
 */
final class Commands {
    /** The exit code of bad input: an unknown option, a wrong value, a submission that is not there. */
    static final int BAD_INPUT = 2;
    /** The exit code of a fault of the grader itself. */
    static final int GRADER_FAULT = 3;

    private Commands() {
    }

    /** Executes the command with these arguments and returns its exit code. */
    static int execute(Object command, PrintStream out, PrintStream err, String... args) {
        return execute(new CommandLine(command), out, err, args);
    }

    /** Executes the command line (with its subcommands) with these arguments and returns its exit code. */
    static int execute(CommandLine cli, PrintStream out, PrintStream err, String... args) {
        Optional<Lang> asked = askedFor(args);
        Messages messages = Messages.in(asked.orElse(Lang.ID));
        helpIn(cli, asked.map(lang -> lang == Lang.ID ? Locale.forLanguageTag("id") : Locale.ENGLISH).orElse(Locale.getDefault()));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(Commands::exitCodeOf);
        cli.setExecutionExceptionHandler((problem, failed, parsed) -> {
            err.println(messages.get("error.line", describe(problem, asked.orElse(Lang.ID), messages)));
            return exitCodeOf(problem);
        });
        cli.setParameterExceptionHandler((problem, given) -> {
            err.println(messages.get("error.line", usage(problem, messages)));
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    /** The language a command line asks for with {@code --lang}, if it names one the grader speaks. */
    static Optional<Lang> askedFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Optional.of(Lang.of(value));
                } catch (Problem unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Bad input is the user's to fix (exit 2); anything else is the grader's fault (exit 3). */
    private static int exitCodeOf(Throwable problem) {
        return problem instanceof Problem || problem instanceof IOException || problem instanceof UncheckedIOException
                ? BAD_INPUT : GRADER_FAULT;
    }

    private static String describe(Throwable problem, Lang lang, Messages messages) {
        if (problem instanceof Problem known) {
            return known.in(lang);
        }
        if (problem instanceof IOException || problem instanceof UncheckedIOException) {
            Throwable cause = problem instanceof UncheckedIOException unchecked ? unchecked.getCause() : problem;
            return messages.get("io.failed", cause.getClass().getSimpleName(), cause.getMessage());
        }
        return messages.get("unexpected", problem);
    }

    private static String usage(ParameterException problem, Messages messages) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.get("usage.unknown", unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0));
        }
        if (problem instanceof CommandLine.MissingParameterException missing) {
            return messages.get("usage.missing", String.join(", ", missing.getMissing().stream().map(Commands::nameOf).toList()));
        }
        if (problem.getArgSpec() != null && problem.getValue() != null) {
            return messages.get("usage.invalid", nameOf(problem.getArgSpec()), problem.getValue());
        }
        return messages.get("usage.other", problem.getMessage());
    }

    private static String nameOf(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /** Each command's help from its own bundle, in this locale. */
    private static void helpIn(CommandLine cli, Locale locale) {
        String base = cli.getCommandSpec().resourceBundleBaseName();
        if (base != null) {
            cli.getCommandSpec().resourceBundle(ResourceBundle.getBundle(base, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        List.copyOf(cli.getSubcommands().values()).forEach(sub -> helpIn(sub, locale));
    }
}
