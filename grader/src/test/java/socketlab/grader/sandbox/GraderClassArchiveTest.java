package socketlab.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.AccessMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each sentence of {@link GraderClassArchive}'s contract, without a Docker engine: what each sandbox is given. */
final class GraderClassArchiveTest {
    @TempDir
    Path folder;
    private ContainerGrader.GraderJar jar;

    @BeforeEach
    void aGraderJar() throws IOException {
        Path libraries = Files.createDirectories(folder.resolve("lib"));
        Files.writeString(libraries.resolve("junit.jar"), "library");
        jar = new ContainerGrader.GraderJar(Files.writeString(folder.resolve("grader.jar"), "grader"), libraries);
    }

    @Test
    void theFirstSandboxWritesTheArchiveIntoAFolderOfItsOwnAndTheOthersStartAsBefore() throws IOException {
        GraderClassArchive archive = GraderClassArchive.in(folder.resolve("classes"), "image:1", jar);
        GraderClassArchive.Use first = archive.next();
        assertThat(first.options()).contains("-XX:ArchiveClassesAtExit=/secret/cds/grader.jsa");
        assertThat(first.binds()).singleElement().satisfies(bind -> {
            assertThat(bind.getVolume().getPath()).isEqualTo(GraderClassArchive.INSIDE);
            assertThat(bind.getAccessMode()).isEqualTo(AccessMode.rw);
            assertThat(Path.of(bind.getPath())).isEqualTo(first.writtenIn().orElseThrow());
        });
        assertThat(archive.next()).isEqualTo(GraderClassArchive.Use.NONE);
    }

    @Test
    void everyLaterSandboxMapsTheArchiveReadOnly() throws IOException {
        GraderClassArchive archive = GraderClassArchive.in(folder.resolve("classes"), "image:1", jar);
        GraderClassArchive.Use first = writtenByTheFirstSandbox(archive);
        GraderClassArchive.Use later = archive.next();
        assertThat(later.options()).contains("-XX:SharedArchiveFile=/secret/cds/grader.jsa").noneMatch(o -> o.contains("AtExit"));
        assertThat(later.binds()).singleElement().satisfies(bind -> {
            assertThat(bind.getAccessMode()).isEqualTo(AccessMode.ro);
            assertThat(Files.readString(Path.of(bind.getPath()))).isEqualTo("classes");
        });
        assertThat(later.writtenIn()).isEmpty();
        assertThat(first.writtenIn().orElseThrow()).doesNotExist();
    }

    @Test
    void aSandboxThatWroteNoArchiveLeavesItToTheNext() throws IOException {
        GraderClassArchive archive = GraderClassArchive.in(folder.resolve("classes"), "image:1", jar);
        archive.ended(archive.next());
        assertThat(archive.next().options()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void aClassGradedAgainReusesTheArchiveUnlessTheImageOrTheGraderChanged() throws IOException {
        writtenByTheFirstSandbox(GraderClassArchive.in(folder.resolve("classes"), "image:1", jar));
        assertThat(GraderClassArchive.in(folder.resolve("classes"), "image:1", jar).next().writtenIn()).isEmpty();
        assertThat(GraderClassArchive.in(folder.resolve("classes"), "image:2", jar).next().writtenIn()).isPresent();
        Files.setLastModifiedTime(jar.jar(), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(GraderClassArchive.in(folder.resolve("classes"), "image:1", jar).next().writtenIn()).isPresent();
    }

    /** The first sandbox's use of the archive, after it wrote one and ended. */
    private static GraderClassArchive.Use writtenByTheFirstSandbox(GraderClassArchive archive) throws IOException {
        GraderClassArchive.Use first = archive.next();
        Files.writeString(first.writtenIn().orElseThrow().resolve("grader.jsa"), "classes");
        archive.ended(first);
        return first;
    }
}
