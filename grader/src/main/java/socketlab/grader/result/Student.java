package socketlab.grader.result;

import java.nio.file.Path;

/**
 * Whose work a scorecard grades: in a class folder the id the layout gives (Moodle's participant number, a
 * GitHub username, a folder or zip name), for one submission its label; a name and email when known, and where the work is.
 */
public record Student(String id, String name, String email, Path work) {

    /** The same student with a name and email from the roster. */
    public Student named(String rosterName, String rosterEmail) {
        return new Student(id, rosterName == null || rosterName.isBlank() ? name : rosterName,
                rosterEmail == null || rosterEmail.isBlank() ? email : rosterEmail, work);
    }
}
