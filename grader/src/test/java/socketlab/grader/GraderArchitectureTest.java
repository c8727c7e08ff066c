package socketlab.grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;

/**
 * The grader's packages depend one way, down to the course's shared vocabulary: no package cycle, grading
 * finds the hidden tests without naming them, each hidden exercise stands alone, the results sit below the engine, and no
 * run's state sits in a static map looked up by a key.
 */
@AnalyzeClasses(packages = "socketlab.grader", importOptions = ImportOption.DoNotIncludeTests.class)
final class GraderArchitectureTest {
    private static final String HIDDEN = "socketlab.grader.hidden..";

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
}
