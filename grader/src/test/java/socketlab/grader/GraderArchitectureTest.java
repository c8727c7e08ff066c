package socketlab.grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The grader's packages depend one way, down to the course's shared vocabulary: no package cycle, grading
 * finds the hidden tests without naming them, each hidden exercise stands alone, the results sit below the engine, the
 * harness is three layers over its verdicts with no two classes calling each other, and no run's state sits in a static
 * map looked up by a key.
 */
@AnalyzeClasses(packages = "socketlab.grader", importOptions = ImportOption.DoNotIncludeTests.class)
final class GraderArchitectureTest {
    private static final String HIDDEN = "socketlab.grader.hidden..";
    private static final String HARNESS = "socketlab.grader.harness";

    @ArchTest
    static final ArchRule noPackageDependsOnItself = slices().matching("socketlab.grader.(**)")
            .should().beFreeOfCycles()
            .as("no cycle among the grader's packages");

    @ArchTest
    static final ArchRule gradingSelectsHiddenTestsWithoutImportingThem = noClasses()
            .that().resideOutsideOfPackage(HIDDEN)
            .should().dependOnClassesThat().resideInAPackage(HIDDEN)
            .as("nothing outside the hidden tests depends on them: grading finds them by package and annotation");

    @ArchTest
    static final ArchRule hiddenExercisesStandAlone = slices().matching("socketlab.grader.hidden.(*)..")
            .should().notDependOnEachOther()
            .as("no hidden exercise depends on another: what several judge alike is written once in the harness (CommonTests)");

    @ArchTest
    static final ArchRule theVocabularyIsAtTheBottom = noClasses()
            .that().resideInAPackage("socketlab.grader.course..")
            .should().dependOnClassesThat().resideOutsideOfPackages("socketlab.grader.course..", "java..")
            .as("the course's vocabulary (Exercise, Status, Text, Lang) depends on the JDK alone");

    @ArchTest
    static final ArchRule theResultsSitBelowTheEngine = noClasses()
            .that().resideInAPackage("socketlab.grader.result..")
            .should().dependOnClassesThat().resideOutsideOfPackages("socketlab.grader.result..", "socketlab.grader.course..", "java..")
            .as("the results (Outcome, Scorecard) depend on the course's vocabulary alone: writers read them without the engine");

    @ArchTest
    static final ArchRule theHarnessIsLayeredByJob = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("JUnit plumbing").definedBy(HARNESS)
            .layer("wire tools").definedBy(HARNESS + ".wire..")
            .layer("program under test").definedBy(HARNESS + ".program..")
            .layer("verdicts").definedBy(HARNESS + ".verdict..")
            .whereLayer("JUnit plumbing").mayNotBeAccessedByAnyLayer()
            .whereLayer("wire tools").mayOnlyBeAccessedByLayers("JUnit plumbing")
            .whereLayer("program under test").mayOnlyBeAccessedByLayers("JUnit plumbing", "wire tools")
            .as("the harness's jobs are layers: JUnit plumbing over the wire tools (a protocol's peers) over the program under"
                    + " test (its runs, its end, its hosts) over the verdicts and the transcript");

    @ArchTest
    static final ArchRule noTwoHarnessClassesCallEachOther = classes().that().resideInAPackage(HARNESS + "..")
            .should(new NoTwoWayDependency())
            .as("no two classes of the harness depend on each other: each one-way, so each can be read and tested below the other");

    @ArchTest
    static final ArchRule theHiddenTestsUseTheHarnessNotTheGrader = noClasses()
            .that().resideInAPackage(HIDDEN)
            .should().dependOnClassesThat().resideInAnyPackage("socketlab.grader.grading..", "socketlab.grader.batch..",
                    "socketlab.grader.cli..", "socketlab.grader.report..")
            .as("the hidden tests use the harness and the vocabulary, never the grading run, the batch, the CLI or the reports");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("socketlab.grader.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .as("only the command line (cli) knows picocli: the rest of the grader takes plain values");

    @ArchTest
    static final ArchRule noStaticRegistry = noFields()
            .that().areStatic()
            .should().haveRawType(Map.class)
            .as("no static map: a grading run's state travels with the run, never in a registry looked up by a key");

    /** A class (its nested classes with it) and another that depend on each other, each pair named once. */
    private static final class NoTwoWayDependency extends ArchCondition<JavaClass> {
        private final Map<JavaClass, Set<JavaClass>> uses = new HashMap<>();

        NoTwoWayDependency() {
            super("not depend on a class of the harness that depends on them");
        }

        @Override
        public void init(Collection<JavaClass> all) {
            all.forEach(type -> uses.computeIfAbsent(topLevel(type), key -> new HashSet<>()).addAll(type.getDirectDependenciesFromSelf()
                    .stream().map(dependency -> topLevel(dependency.getTargetClass())).toList()));
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            if (type.getEnclosingClass().isPresent()) {
                return;
            }
            uses.getOrDefault(type, Set.of()).stream()
                    .filter(other -> !other.equals(type) && other.getName().compareTo(type.getName()) > 0)
                    .filter(other -> uses.getOrDefault(other, Set.of()).contains(type))
                    .forEach(other -> events.add(SimpleConditionEvent.violated(type,
                            type.getSimpleName() + " and " + other.getSimpleName() + " depend on each other")));
        }
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
