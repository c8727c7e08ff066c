package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.course.Problem;

/**
 * Runs the grader's picocli commands alike: one language per run ({@code --lang}, else the machine's where the
 * grader speaks it, else Indonesian, the course's) for the help and every message from the grader's
 * {@link Messages}; fixed choices written in any case; bad input as one line and exit code 2, a fault of the
 * grader as one line and exit code 3, never a stack trace.
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
        if (List.of(args).contains("--verbose")) {
            // before any library creates its logger: their lines (Docker's among them) go to stderr
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        Lang lang = askedFor(args).orElse(Lang.machine());
        Messages messages = Messages.in(lang);
        helpIn(cli, lang == Lang.ID ? Locale.forLanguageTag("id") : Locale.ENGLISH);
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(Commands::exitCodeOf);
        cli.setExecutionExceptionHandler((problem, failed, parsed) -> {
            err.println(messages.get("error.line", describe(problem, lang, messages)));
            return exitCodeOf(problem);
        });
        cli.setParameterExceptionHandler((problem, given) -> {
            err.println(messages.get("error.line", usage(problem, messages)));
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    /** The language of a run's messages: {@code --lang} if given, else the machine's ({@link Lang#machine()}). */
    static Lang messagesLang(Lang given) {
        return given != null ? given : Lang.machine();
    }

    /** The language a command line asks for with {@code --lang}, if it names one the grader speaks. */
    static Optional<Lang> askedFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return Lang.named(value);
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
            Iterable<String> choices = problem.getArgSpec().completionCandidates();
            return choices == null ? messages.get("usage.invalid", nameOf(problem.getArgSpec()), problem.getValue())
                    : messages.get("usage.notAChoice", nameOf(problem.getArgSpec()), problem.getValue(), String.join(", ", choices));
        }
        return messages.get("usage.other", problem.getMessage());
    }

    private static String nameOf(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /** Each command's help from its own bundle, and each of its mixins' from theirs, in this locale. */
    private static void helpIn(CommandLine cli, Locale locale) {
        helpIn(cli.getCommandSpec(), locale);
        cli.getCommandSpec().mixins().values().forEach(mixin -> helpIn(mixin, locale));
        List.copyOf(cli.getSubcommands().values()).forEach(sub -> helpIn(sub, locale));
    }

    private static void helpIn(CommandSpec spec, Locale locale) {
        String base = spec.resourceBundleBaseName();
        if (base != null) {
            spec.resourceBundle(ResourceBundle.getBundle(base, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }
}
