package socketlab.grader.course;

import java.util.ArrayList;
import java.util.List;

/**
 * How the handouts show an exercise's program at work in its chapter's terminal transcript: a server run
 * with some of the course's clients against it, the client of such a run, or a program run on its own.
 */
public record Demo(Kind kind, int clients, List<String> args, List<Run> more, String partner, String visitor) {

    /** The part a program plays in a transcript. */
    public enum Kind {
        /** Listens; the course's client (or its {@code visitor}) connects to it {@code clients} times. */
        SERVER,
        /** Visits its {@code partner}'s server run (the first server's, if it names none); its transcript is its part of that run. */
        CLIENT,
        /** Runs on its own with {@code args}. */
        ALONE
    }

    /** A further run of a program shown alone, named for the chapter's {@code <!-- transcript: <exercise> <name> -->}. */
    public record Run(String name, List<String> args) {
        public Run {
            args = List.copyOf(args);
        }
    }

    public Demo {
        args = List.copyOf(args);
        more = List.copyOf(more);
    }

    /** This demo, and one more run of the program alone with these arguments, shown where the chapter names it. */
    public Demo and(String name, String... moreArgs) {
        List<Run> runs = new ArrayList<>(more);
        runs.add(new Run(name, List.of(moreArgs)));
        return new Demo(kind, clients, args, runs, partner, visitor);
    }

    /**
     * This server demo, visited not by a client exercise but by {@code source}, a program of the course's own in
     * one Java file under {@code handouts/course-programs/}, run as {@code java <source> <host> <port>}.
     */
    public Demo visitedBy(String source) {
        return new Demo(kind, clients, args, more, partner, source);
    }

    /** A server started with {@code --host 127.0.0.1 --port 0} and these arguments, visited by {@code clients} clients. */
    public static Demo server(int clients, String... args) {
        return new Demo(Kind.SERVER, clients, List.of(args), List.of(), "", "");
    }

    /** The client, shown as it talks to the first server (and to every server that names no client of its own). */
    public static Demo client() {
        return new Demo(Kind.CLIENT, 0, List.of(), List.of(), "", "");
    }

    /** The client of the exercise {@code server}, shown as it talks to that server's run, with these arguments. */
    public static Demo clientOf(String server, String... args) {
        return new Demo(Kind.CLIENT, 0, List.of(args), List.of(), server, "");
    }

    /** A program run on its own with these arguments. */
    public static Demo alone(String... args) {
        return new Demo(Kind.ALONE, 0, List.of(args), List.of(), "", "");
    }
}
