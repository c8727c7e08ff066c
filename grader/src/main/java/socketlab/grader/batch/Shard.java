package socketlab.grader.batch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socketlab.grader.course.Problem;
import socketlab.grader.result.Student;

/**
 * One of {@code count} parts of a class, as {@code --shard <index>/<count>} names it (index from 0, as Slurm's
 * {@code SLURM_ARRAY_TASK_ID} and Kubernetes' {@code JOB_COMPLETION_INDEX} count). A student's shard depends on
 * their id alone ({@link String#hashCode}, which Java's API fixes), so every machine agrees on it without talking
 * to the others, and a student added late moves no one else.
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    /** The whole class as one shard. */
    public static final Shard WHOLE = new Shard(0, 1);

    /** A shard; its index lies in 0..count-1. */
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new Problem("shard.range", index, count);
        }
    }

    /** Reads {@code <index>/<count>}, refusing anything else with a line that says what is wanted. */
    public static Shard parse(String text) {
        Matcher form = FORM.matcher(text.strip());
        if (!form.matches()) {
            throw new Problem("shard.form", text);
        }
        return new Shard(Integer.parseInt(form.group(1)), Integer.parseInt(form.group(2)));
    }

    /** Whether the student belongs to this shard. */
    public boolean holds(Student student) {
        return Math.floorMod(student.id().hashCode(), count) == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
