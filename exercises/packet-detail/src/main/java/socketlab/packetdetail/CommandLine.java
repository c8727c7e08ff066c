package socketlab.packetdetail;

import java.io.IOException;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.ResourceBundle;

/**
 * Given, not part of the exercise: what the command lines of all the course's programs share. It reads the
 * words of a command line one by one (an option's value after it, or after '=': {@code --port 0},
 * {@code --port=0}), answers -h/--help and -V/--version, says in one line what is wrong with a word (in the
 * JVM's language, from the program's messages), then runs the program and turns how it ended into the exit
 * code every program uses: 0 done, 1 a network failure (one line on stderr), 2 a wrong option, 3 a method not
 * written yet. The course keeps one source of this file and copies it beside each program.
 */
final class CommandLine {
    /** The program's work is done. */
    static final int DONE = 0;
    /** A network failure (or another one outside the program's own checks), said in one line on stderr. */
    static final int FAILED = 1;
    /** A wrong option or argument, said in one line on stderr. */
    static final int WRONG_OPTION = 2;
    /** A method of the exercise that is not written yet (a stub), with where it is. */
    static final int NOT_WRITTEN = 3;

    /** What a program does with one word of its command line: an option's name (then its value), or an argument. */
    interface Word {
        void read(String word);
    }

    /** The program itself, once its command line is read. */
    interface Program {
        void run() throws IOException;
    }

    /** The one line that says why the program failed, from its messages. */
    interface Explanation {
        String of(Exception problem);
    }

    private final String program;
    private final String messages;
    private final Deque<String> words;

    /**
     * @param program  the program's name, which starts every line it prints on stderr
     * @param messages its messages' bundle, such as socketlab.server.ServerKu
     * @param args     the words of its command line
     */
    CommandLine(String program, String messages, String... args) {
        this.program = program;
        this.messages = messages;
        this.words = new ArrayDeque<>(Arrays.asList(args));
    }

    /**
     * Reads every word with {@code word}, then runs {@code body}; returns the exit code, having printed on
     * {@code err} the line that says what went wrong ({@code why} for a failure of the program).
     */
    int run(PrintStream out, PrintStream err, Word word, Program body, Explanation why) {
        try {
            while (!words.isEmpty()) {
                String next = next();
                if (next.equals("-h") || next.equals("--help")) {
                    out.print(text("help"));
                    return DONE;
                }
                if (next.equals("-V") || next.equals("--version")) {
                    out.println(program + " (socket-lab) 1.0");
                    return DONE;
                }
                word.read(next);
            }
        } catch (IllegalArgumentException wrong) {
            err.println(program + ": " + wrong.getMessage());
            return WRONG_OPTION;
        }
        try {
            body.run();
            return DONE;
        } catch (UnsupportedOperationException notYet) {
            StackTraceElement at = notYet.getStackTrace()[0];
            err.println(program + ": " + notYet.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")");
            return NOT_WRITTEN;
        } catch (IOException | RuntimeException problem) {
            err.println(program + ": " + why.of(problem));
            return FAILED;
        }
    }

    /** The value after the option {@code option}; a wrong option when there is none. */
    String value(String option) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException(text("usage.missing", option));
        }
        return words.pop();
    }

    /** The value after {@code option}, a whole number; a wrong option when it is not one. */
    int number(String option) {
        String value = value(option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text("usage.notANumber", option, value));
        }
    }

    /** The value after {@code option}, a whole number of at least 1; a wrong option otherwise (the program's "usage.notPositive"). */
    int positive(String option) {
        int value = number(option);
        if (value < 1) {
            throw new IllegalArgumentException(text("usage.notPositive", option, String.valueOf(value)));
        }
        return value;
    }

    /** The value after {@code option}, a port number from {@code least} to 65535; a wrong option otherwise. */
    int port(String option, int least) {
        String value = value(option);
        try {
            int number = Integer.parseInt(value);
            if (number >= least && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(text("usage.notANumber", option, value, String.valueOf(least)));
    }

    /** The problem of a word the program does not know. */
    IllegalArgumentException unknown(String word) {
        return new IllegalArgumentException(text("usage.unknown", word));
    }

    /** A message from the program's bundle in the JVM's language, its {0}, {1}... filled in. */
    String text(String key, String... values) {
        String message = ResourceBundle.getBundle(messages).getString(key);
        return values.length == 0 ? message : MessageFormat.format(message, (Object[]) values);
    }

    /** The next word; a value written as {@code --name=value} is put back as the word after the name. */
    private String next() {
        String word = words.pop();
        int equals = word.indexOf('=');
        if (word.startsWith("--") && equals > 0) {
            words.push(word.substring(equals + 1));
            return word.substring(0, equals);
        }
        return word;
    }
}
