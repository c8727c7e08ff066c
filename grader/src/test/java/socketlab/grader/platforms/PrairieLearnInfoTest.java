package socketlab.grader.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The PrairieLearn question's info.json in grader/platforms/prairielearn keeps to PrairieLearn's question schema
 * (apps/prairielearn/src/schemas/schemas/infoQuestion.json: draft-07, no properties beyond its own, uuid, type, title
 * and topic required; in externalGradingOptions image and entrypoint required, timeout an integer) and its external
 * grading documentation (timeout at most 600 s, networking off), and names an entrypoint it ships. The schema is not
 * published to a registry this build reaches, so its rules are written here, each as it reads there.
 */
final class PrairieLearnInfoTest {
    static final Path INFO = TemporaryRoot.REPOSITORY.resolve("grader/platforms/prairielearn/info.json");
    private static final Set<String> QUESTION = Set.of("comment", "uuid", "type", "title", "topic", "tags", "clientFiles",
            "clientTemplates", "template", "gradingMethod", "singleVariant", "showCorrectAnswer", "partialCredit", "options",
            "externalGradingOptions", "dependencies", "workspaceOptions", "sharingSets", "sharePublicly", "shareSourcePublicly");
    private static final Set<String> EXTERNAL_GRADING = Set.of("comment", "enabled", "image", "entrypoint", "serverFilesCourse",
            "timeout", "enableNetworking", "environment");
    private static final Set<String> TYPES = Set.of("Calculation", "MultipleChoice", "Checkbox", "File", "MultipleTrueFalse", "v3");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExampleKeepsToTheSchemaAndTheExternalGradersLimits() throws IOException {
        JsonNode info = JSON.readTree(INFO.toFile());

        assertThat(violations(info)).isEmpty();
        assertThat(TemporaryRoot.REPOSITORY.resolve("grader/platforms/prairielearn").resolve(Path.of(
                info.at("/externalGradingOptions/entrypoint").asText()).getFileName())).as("the entrypoint ships").isExecutable();
    }

    @Test
    void theRulesFindWhatBreaksThem() throws IOException {
        ObjectNode info = (ObjectNode) JSON.readTree(INFO.toFile());
        ObjectNode grading = (ObjectNode) info.get("externalGradingOptions");
        info.remove("topic");
        info.put("uuid", "not-a-uuid");
        info.put("kind", "v3");
        grading.remove("image");
        grading.put("timeout", 900);
        grading.put("enableNetworking", true);
        grading.put("network", false);

        assertThat(violations(info)).containsExactlyInAnyOrder("no property kind in a question", "topic is required",
                "uuid is not a UUID", "no property network in externalGradingOptions", "image is required",
                "timeout is 900 s, above 600", "networking is on");
    }

    /** What in {@code info} breaks the schema's or the documentation's rules, one line each. */
    static List<String> violations(JsonNode info) {
        List<String> broken = new ArrayList<>();
        info.fieldNames().forEachRemaining(name -> {
            if (!QUESTION.contains(name)) {
                broken.add("no property " + name + " in a question");
            }
        });
        for (String required : List.of("uuid", "type", "title", "topic")) {
            if (!info.has(required)) {
                broken.add(required + " is required");
            }
        }
        if (!info.path("uuid").asText().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            broken.add("uuid is not a UUID");
        }
        if (!TYPES.contains(info.path("type").asText())) {
            broken.add("type is not one of " + TYPES);
        }
        if (!"External".equals(info.path("gradingMethod").asText())) {
            broken.add("gradingMethod is not External");
        }
        JsonNode grading = info.path("externalGradingOptions");
        grading.fieldNames().forEachRemaining(name -> {
            if (!EXTERNAL_GRADING.contains(name)) {
                broken.add("no property " + name + " in externalGradingOptions");
            }
        });
        for (String required : List.of("image", "entrypoint")) {
            if (!grading.has(required)) {
                broken.add(required + " is required");
            }
        }
        if (!grading.path("timeout").isInt()) {
            broken.add("timeout is not an integer");
        } else if (grading.get("timeout").asInt() > 600) {
            broken.add("timeout is " + grading.get("timeout").asInt() + " s, above 600");
        }
        if (grading.path("enableNetworking").asBoolean(false)) {
            broken.add("networking is on");
        }
        return broken;
    }
}
