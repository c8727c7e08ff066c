package socketlab.grader.stubs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the {@code <modules>} of a Maven pom from a list of names, so that a pom's list derives from the course's. */
public final class ModuleLists {
    private static final Pattern MODULES = Pattern.compile("(?s)(\\n?)( *)<modules>.*?</modules>");

    private ModuleLists() {
    }

    /** The pom with its {@code <modules>} element listing exactly {@code modules}, in that order. */
    public static String withModules(String pom, List<String> modules) {
        Matcher matcher = MODULES.matcher(pom);
        if (!matcher.find()) {
            throw new IllegalArgumentException("the pom has no <modules> element to write / pom tidak punya elemen <modules>");
        }
        String indent = matcher.group(2);
        StringBuilder list = new StringBuilder(matcher.group(1)).append(indent).append("<modules>\n");
        modules.forEach(module -> list.append(indent).append("  <module>").append(module).append("</module>\n"));
        list.append(indent).append("</modules>");
        return pom.substring(0, matcher.start()) + list + pom.substring(matcher.end());
    }
}
