package socketlab.handouts;

import java.util.List;

/** The handout's chapters, in reading order; each is {@code <lang>/<name>.md}, named as its exercise where it has one. */
public enum Chapter {
    INTRO("intro"),
    METHODS("methods"),
    SERVER("server"),
    LOOPING_SERVER("looping-server"),
    CLIENT("client"),
    ADDRESS_DETAIL("address-detail"),
    PRACTICUM("practicum");

    /** The exercises' chapters, which have diagrams, transcripts and excerpts. */
    public static final List<String> EXERCISES = List.of("server", "looping-server", "client", "address-detail");

    private final String file;

    Chapter(String file) {
        this.file = file;
    }

    /** The file name without ".md", which is also the chapter's anchor in the HTML page. */
    public String file() {
        return file;
    }
}
