package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Problem;
import socketlab.grader.result.Student;

/** A shard is read from {@code i/n}, holds each student of a class in exactly one of its n parts, by id alone. */
final class ShardTest {

    @Test
    void readsIndexOverCount() {
        assertAll(
                () -> assertThat(Shard.parse("0/4")).isEqualTo(new Shard(0, 4)),
                () -> assertThat(Shard.parse(" 3/4 ")).isEqualTo(new Shard(3, 4)),
                () -> assertThat(Shard.parse("0/1")).isEqualTo(Shard.WHOLE),
                () -> assertThat(new Shard(2, 5)).hasToString("2/5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-4", "1/", "/4", "a/b", "-1/4", "1/4/2", ""})
    void refusesWhatIsNotIndexOverCount(String text) {
        assertThatThrownBy(() -> Shard.parse(text)).isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.text().in(Lang.EN)).isEqualTo("--shard must be <index>/<count>, such as 0/4, not '" + text + "'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4/4", "5/4", "0/0"})
    void refusesAnIndexOutsideTheCount(String text) {
        assertThatThrownBy(() -> Shard.parse(text)).isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.text().in(Lang.EN)).contains("the index counts from 0 and stays below the count"));
    }

    @Test
    void putsEveryStudentInExactlyOneShard() {
        List<Student> students = IntStream.range(0, 200).mapToObj(n -> student(n % 2 == 0 ? "2026" + n : "student-" + n)).toList();
        for (int count = 1; count <= 7; count++) {
            int shards = count;
            assertThat(students).as("over %d shards", count).allSatisfy(student -> assertThat(IntStream.range(0, shards)
                    .filter(index -> new Shard(index, shards).holds(student)).count()).isEqualTo(1));
        }
    }

    @Test
    void placesAStudentByIdAloneNotByWhereTheWorkIsOrWhoElseIsInTheClass() {
        Student alone = new Student("2026101", "Ani", "", Path.of("a"));
        Student elsewhere = new Student("2026101", "", "ani@example.ac.id", Path.of("b/c.zip"));
        assertThat(IntStream.range(0, 4).filter(index -> new Shard(index, 4).holds(alone)).boxed().toList())
                .isEqualTo(IntStream.range(0, 4).filter(index -> new Shard(index, 4).holds(elsewhere)).boxed().toList());
    }

    @Test
    void spreadsAClassOverItsShards() {
        List<Student> students = IntStream.range(0, 100).mapToObj(n -> student(String.valueOf(2026000 + n))).toList();
        for (int index = 0; index < 4; index++) {
            Shard shard = new Shard(index, 4);
            assertThat(students.stream().filter(shard::holds).count()).as("students in shard %s", shard).isBetween(15L, 35L);
        }
    }

    private static Student student(String id) {
        return new Student(id, "", "", Path.of(id));
    }
}
