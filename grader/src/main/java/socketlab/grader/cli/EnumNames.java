package socketlab.grader.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

/** A fixed choice's values as {@code --help} lists them and the command line takes them: in lower case. */
abstract class EnumNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    EnumNames(Enum<?>... values) {
        super(Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList());
    }
}
