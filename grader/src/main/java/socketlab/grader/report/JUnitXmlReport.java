package socketlab.grader.report;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The scorecard as JUnit XML in Surefire's format, for CI systems, Artemis and CodeGrade: one {@code testsuite}, one
 * {@code testcase} per hidden test and quiz question, named {@code <exercise>.<test>} (stable and unique, as Artemis
 * matches weights by name alone) in the class {@code socketlab.<exercise>}. A test that did not pass holds a
 * {@code failure} (an {@code error} when it timed out or crashed) whose message and text both say why, as GitLab shows
 * the text and Artemis the message; a test not run here is {@code skipped}, never a pass or a failure.
 */
public final class JUnitXmlReport {
    /** The file's name beside the scorecard's other files. */
    public static final String NAME = "junit.xml";

    private JUnitXmlReport() {
    }

    /** The whole file. */
    public static String of(Scorecard card, Lang lang) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            List<Outcome> outcomes = card.outcomes();
            xml.writeAttribute("name", "socket-lab");
            xml.writeAttribute("tests", String.valueOf(outcomes.size()));
            xml.writeAttribute("failures", String.valueOf(outcomes.stream().filter(JUnitXmlReport::failed).count()));
            xml.writeAttribute("errors", String.valueOf(outcomes.stream().filter(JUnitXmlReport::erred).count()));
            xml.writeAttribute("skipped", String.valueOf(outcomes.stream().filter(outcome -> outcome.status() == Status.SKIPPED).count()));
            xml.writeAttribute("time", seconds(card.millis()));
            for (Outcome outcome : outcomes) {
                xml.writeCharacters("\n  ");
                testcase(xml, outcome, lang);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException cannotHappen) {
            throw new IllegalStateException("cannot write JUnit XML to a string", cannotHappen);
        }
        return text.toString();
    }

    private static void testcase(XMLStreamWriter xml, Outcome outcome, Lang lang) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", outcome.exercise().module() + "." + outcome.test());
        xml.writeAttribute("classname", "socketlab." + outcome.exercise().module());
        xml.writeAttribute("time", seconds(outcome.duration().toMillis()));
        if (outcome.status() != Status.PASSED) {
            boolean skipped = outcome.status() == Status.SKIPPED;
            String why = skipped ? Words.notTestedHere(outcome).in(lang) : outcome.statusText(lang) + ": " + outcome.reason().in(lang);
            xml.writeStartElement(skipped ? "skipped" : erred(outcome) ? "error" : "failure");
            xml.writeAttribute("message", xmlSafe(outcome.name().in(lang) + " - " + why));
            if (!skipped) {
                xml.writeAttribute("type", outcome.status().name().toLowerCase(Locale.ROOT));
                xml.writeCharacters(xmlSafe(outcome.name().in(lang) + " - " + why + (Words.reread(outcome)
                        ? "\n" + Words.REREAD.in(lang) + ": " + Words.handoutSection(outcome, lang) : "")
                        + (outcome.hasTranscript() ? "\n\n" + outcome.transcript().in(lang) : "")));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static boolean failed(Outcome outcome) {
        return outcome.status() != Status.PASSED && outcome.status() != Status.SKIPPED && !erred(outcome);
    }

    private static boolean erred(Outcome outcome) {
        return outcome.status() == Status.TIMED_OUT || outcome.status() == Status.CRASHED;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** The text without the characters XML 1.0 cannot hold (a program's stray control bytes), each as a '?'. */
    private static String xmlSafe(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kept.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF ? c : '?'));
        return kept.toString();
    }
}
