package socketlab.grader.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import socketlab.grader.harness.verdict.NotJudged;

/**
 * Marks a hidden test: its points, its name in both languages, the handout section a student who
 * fails it should reread ({@code <exercise>#<section>}, the section names the handouts use), and the behaviours it
 * judges. A mistake may cost only the tests that judge a behaviour it breaks (the corpus proof holds every mutant to
 * it); a test that needs a behaviour another test judges says "not judged" ({@link NotJudged}) when that fails.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Graded {

    /** The points a pass earns. */
    int points();

    /** What the test checks, in English. */
    String en();

    /** What the test checks, in Bahasa Indonesia. */
    String id();

    /** The handout section to reread, as {@code exercise#section}. */
    String section();

    /**
     * The behaviours the test judges, each as {@code Program.method: words} (words of that method's Javadoc, a gap
     * method's contract or the given code's) or {@code Program: words} (words of the class's Javadoc).
     */
    String[] judges();
}
