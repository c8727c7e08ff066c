package socketlab.grader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The whole scorecard as one JSON file, the one saved form of a submission's results: what a sandbox hands back
 * (the grader inside writes it to its result folder, the grader outside reads it and writes the reports as in
 * process mode), and what a class's gradebook and report read of each graded student.
 */
public final class ScorecardFile {
    /** The file's name in the result folder. */
    public static final String NAME = "scorecard.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScorecardFile() {
    }

    /** Writes the scorecard into {@code folder}, whole or not at all. */
    public static void write(Scorecard card, Path folder) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("target", card.target()).put("programsStarted", card.programsStarted())
                .put("millis", card.millis()).put("compileMillis", card.compileMillis());
        ArrayNode outcomes = root.putArray("outcomes");
        for (Outcome outcome : card.outcomes()) {
            outcomes.addObject().put("kind", outcome.kind().name()).put("exercise", outcome.exercise().name()).put("test", outcome.test())
                    .put("nameEn", outcome.name().en()).put("nameId", outcome.name().id()).put("maxPoints", outcome.maxPoints())
                    .put("status", outcome.status().name()).put("reasonEn", outcome.reason().en()).put("reasonId", outcome.reason().id())
                    .put("section", outcome.section()).put("millis", outcome.duration().toMillis()).put("attempt", outcome.attempt().name())
                    .put("transcriptEn", outcome.transcript().en()).put("transcriptId", outcome.transcript().id())
                    .put("capture", outcome.capture())
                    .set("needed", JSON.valueToTree(outcome.needed()));
        }
        ReportFiles.atomically(folder.resolve(NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /** The behaviours a "not judged" outcome needed (none in a scorecard written before they were saved). */
    private static List<String> neededIn(JsonNode outcome) {
        List<String> needed = new ArrayList<>();
        outcome.path("needed").forEach(behaviour -> needed.add(behaviour.asText()));
        return needed;
    }

    /** Reads the scorecard from {@code folder}, under the name it was written with. */
    public static Scorecard read(Path folder) throws IOException {
        return read(folder, JSON.readTree(folder.resolve(NAME).toFile()).get("target").asText());
    }

    /** Reads the scorecard from {@code folder}, naming it {@code target}. */
    public static Scorecard read(Path folder, String target) throws IOException {
        JsonNode root = JSON.readTree(folder.resolve(NAME).toFile());
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode outcome : root.get("outcomes")) {
            outcomes.add(new Outcome(Outcome.Kind.valueOf(outcome.get("kind").asText()), Exercise.valueOf(outcome.get("exercise").asText()),
                    outcome.get("test").asText(),
                    new Text(outcome.get("nameEn").asText(), outcome.get("nameId").asText()), outcome.get("maxPoints").asInt(),
                    Status.valueOf(outcome.get("status").asText()),
                    new Text(outcome.get("reasonEn").asText(), outcome.get("reasonId").asText()), outcome.get("section").asText(),
                    Duration.ofMillis(outcome.get("millis").asLong()), Outcome.Attempt.valueOf(outcome.get("attempt").asText()),
                    new Text(outcome.get("transcriptEn").asText(), outcome.get("transcriptId").asText()),
                    neededIn(outcome), outcome.path("capture").asText("")));
        }
        return new Scorecard(target, outcomes, root.get("programsStarted").asInt(), root.get("millis").asLong(),
                root.get("compileMillis").asLong());
    }
}
