package socketlab.packetdetail;

import java.io.EOFException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Given, not part of the exercise: DetailPaket's arguments (the capture's file, or "-" for standard input, and
 * {@code --payload}) and its error lines (in DetailPaket.properties, DetailPaket_id.properties); {@link CommandLine}
 * reads them, prints the help and gives the exit codes: 0 done, 1 a file that is no capture or ends too soon, 2 a
 * wrong argument, 3 a method not written yet.
 */
final class DetailPaketCommand {
    String file;
    boolean payload;

    private DetailPaketCommand() {
    }

    /** Runs DetailPaket with these arguments, reading "-" from standard input; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        return execute(System.in, out, err, args);
    }

    /** Runs DetailPaket with these arguments, reading "-" from {@code in}; returns the exit code. */
    static int execute(InputStream in, PrintStream out, PrintStream err, String... args) {
        DetailPaketCommand options = new DetailPaketCommand();
        CommandLine line = new CommandLine("DetailPaket", "socketlab.packetdetail.DetailPaket", args);
        return line.run(out, err, word -> {
            if (word.equals("--payload")) {
                options.payload = true;
            } else if (word.matches("--?[A-Za-z].*")) {
                throw line.unknown(word);
            } else if (options.file != null) {
                throw new IllegalArgumentException(line.text("usage.tooMany", word));
            } else {
                options.file = word;
            }
        }, () -> {
            if (options.file == null) {
                throw new IllegalArgumentException(line.text("usage.noFile"));
            }
            if (options.file.equals("-")) {
                DetailPaket.print(options, new Capture(in), out);
                return;
            }
            try (InputStream capture = Files.newInputStream(Path.of(options.file))) {
                DetailPaket.print(options, new Capture(capture), out);
            } finally {
                out.flush();
            }
        }, problem -> options.explain(line, problem));
    }

    private String explain(CommandLine line, Exception problem) {
        if (problem instanceof Pcap.NotPcapException notPcap) {
            return line.text(notPcap.magic == Pcap.NotPcapException.PCAPNG ? "error.pcapng" : "error.notPcap", file, problem.getMessage());
        }
        String key = problem instanceof Capture.EmptyException ? "error.empty"
                : problem instanceof EOFException ? "error.ends"
                : problem instanceof NoSuchFileException ? "error.noFile"
                : problem instanceof Pcap.MalformedException ? "error.malformed"
                : "error.io";
        return line.text(key, file, String.valueOf(problem.getMessage()));
    }
}
