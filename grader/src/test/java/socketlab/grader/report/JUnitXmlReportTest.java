package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.grading.Outcomes;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/** JUnit XML as its consumers read it: Surefire's one suite, Artemis's names, GitLab's suite and failure text. */
final class JUnitXmlReportTest {
    private static final Scorecard CARD = new Scorecard("tugas", List.of(
            outcome(Exercise.SERVER, "reportsAnUnknownHost", Status.PASSED, ""),
            outcome(Exercise.CLIENT, "reportsAnUnknownHost", Status.FAILED, "expected one line, got \u0001none"),
            outcome(Exercise.CLIENT, "givesUp", Status.TIMED_OUT, "it never ended"),
            outcome(Exercise.OTHER_ADDRESSES, "clientKuReachesAServerOnAnotherHostByItsName", Status.SKIPPED, "no Docker engine")),
            4, 2500, 300);

    @Test
    void writesOneSuiteWithATestcasePerTestAndItsCounts() throws Exception {
        Element suite = parse(JUnitXmlReport.of(CARD, Lang.EN)).getDocumentElement();

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped"), suite.getAttribute("time"))).containsExactly("4", "1", "1", "1", "2.500");
        assertThat(cases(suite)).extracting(testcase -> testcase.getAttribute("classname") + " " + testcase.getAttribute("name"))
                .containsExactly("socketlab.server server.reportsAnUnknownHost", "socketlab.client client.reportsAnUnknownHost",
                        "socketlab.client client.givesUp", "socketlab.other-addresses other-addresses.clientKuReachesAServerOnAnotherHostByItsName");
    }

    @Test
    void namesEachTestcaseUniquelyByNameAloneAsArtemisMatchesThem() throws Exception {
        List<String> names = cases(parse(JUnitXmlReport.of(CARD, Lang.EN)).getDocumentElement()).stream()
                .map(testcase -> testcase.getAttribute("name")).toList();

        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    }

    @Test
    void saysWhyInTheMessageAndTheTextAlikeAndSkipsWhatWasNotRunHere() throws Exception {
        List<Element> cases = cases(parse(JUnitXmlReport.of(CARD, Lang.EN)).getDocumentElement());

        assertThat(cases.get(0).getChildNodes().getLength()).isZero();
        Element failure = (Element) cases.get(1).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("reportsAnUnknownHost - failed: expected one line, got ?none");
        assertThat(failure.getTextContent()).startsWith(failure.getAttribute("message"));
        Element error = (Element) cases.get(2).getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).contains("timed out: it never ended");
        assertThat(cases.get(3).getElementsByTagName("skipped").getLength()).isOne();
        assertThat(cases.get(3).getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void speaksTheLanguageOfTheRun() throws Exception {
        Element failure = (Element) parse(JUnitXmlReport.of(CARD, Lang.ID)).getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("message")).contains("gagal: diharapkan satu baris");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> cases(Element suite) {
        NodeList nodes = suite.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    private static Outcome outcome(Exercise exercise, String test, Status status, String why) {
        return Outcomes.because(exercise, test, 2, status, new Text(why, why.isEmpty() ? "" : "diharapkan satu baris"));
    }
}
