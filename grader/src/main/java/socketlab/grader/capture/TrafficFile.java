package socketlab.grader.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import socketlab.grader.course.Exercise;
import socketlab.grader.result.TestTraffic;

/** What of a capture each test's own is, as one JSON file the grader inside a sandbox leaves beside its scorecard. */
public final class TrafficFile {
    /** The file's name in the sandbox's result folder. */
    public static final String NAME = "traffic.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrafficFile() {
    }

    /** Writes the tests' traffic into {@code folder}. */
    public static void write(List<TestTraffic> traffic, Path folder) throws IOException {
        ArrayNode tests = JSON.createArrayNode();
        for (TestTraffic test : traffic) {
            ObjectNode node = tests.addObject().put("exercise", test.exercise().name()).put("test", test.test());
            ArrayNode windows = node.putArray("windows");
            for (TestTraffic.Window window : test.windows()) {
                ObjectNode shown = windows.addObject().put("fromMicros", window.fromMicros()).put("toMicros", window.toMicros());
                window.ports().stream().sorted().forEach(shown.putArray("ports")::add);
            }
        }
        Files.writeString(folder.resolve(NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tests) + "\n");
    }

    /** The tests' traffic in {@code folder}; none where the file is not there (a grader that noted none). */
    public static List<TestTraffic> read(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<TestTraffic> traffic = new ArrayList<>();
        for (JsonNode test : JSON.readTree(file.toFile())) {
            List<TestTraffic.Window> windows = new ArrayList<>();
            for (JsonNode window : test.path("windows")) {
                Set<Integer> ports = new TreeSet<>();
                window.path("ports").forEach(port -> ports.add(port.asInt()));
                windows.add(new TestTraffic.Window(window.get("fromMicros").asLong(), window.get("toMicros").asLong(), ports));
            }
            traffic.add(new TestTraffic(Exercise.valueOf(test.get("exercise").asText()), test.get("test").asText(), windows));
        }
        return traffic;
    }
}
