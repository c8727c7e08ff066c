package socketlab.grader.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import socketlab.grader.course.Problem;
import socketlab.grader.grading.Settings;
import socketlab.grader.launch.ProgramRuntime;

/**
 * {@code grade --programs-as <user>}: the student's programs run as another user of this machine, an unprivileged one
 * (Gradescope's best practice: {@code runuser -u student}), in a scratch folder of their own; the grader stays root and
 * its files stay its own. The programs read only what they must: their compiled classes and the hosts file in the work
 * folder, and the JDK.
 */
final class ProgramsUser {

    private ProgramsUser() {
    }

    /** How the programs start as {@code user}, grading in {@code work}; refused unless root and the user exists. */
    static Settings.Programs of(String user, Path work, Settings settings) throws IOException {
        if (settings.sandbox() != Settings.Sandbox.PROCESS) {
            throw new Problem("programsAs.container");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new Problem("programsAs.notRoot", user);
        }
        UserPrincipal principal;
        try {
            principal = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(user);
        } catch (UserPrincipalNotFoundException unknown) {
            throw new Problem("programsAs.noUser", user);
        }
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path scratch = Files.createDirectories(work.resolve("scratch"));
        Files.setOwner(scratch, principal);
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwx------"));
        return new Settings.Programs(ProgramRuntime.java(), scratch, settings.limits().runAsUser(user));
    }
}
