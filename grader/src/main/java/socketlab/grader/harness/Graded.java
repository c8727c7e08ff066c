package socketlab.grader.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a hidden test: its points, its name in both languages, and the handout section a student who
 * fails it should reread ({@code <exercise>#<section>}, the section names the handouts use).
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
}
