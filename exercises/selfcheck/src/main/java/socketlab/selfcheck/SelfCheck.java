package socketlab.selfcheck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of self-checks: a stub reached reads "not implemented yet" ({@link NotImplementedYet}), any other
 * failure shows what the programs it ran printed and how they ended ({@link ProgramTranscripts}), and no self-check
 * runs longer than 20 seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NotImplementedYet.class)
@ExtendWith(ProgramTranscripts.class)
@Timeout(20)
public @interface SelfCheck {
}
