package dk.ddh.hotline.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test every service's {@code ApiContractIntegrationTests} inherits: lints the running service's OpenAPI document
 * with Redocly's recommended rules, as {@code tools/api-lint} pins and configures them. The document is written to
 * {@code target/api-docs/<spring.application.name>.json} and must have no error and no warning. Needs Node 20.19+ and
 * {@code npm ci} run once in {@code tools/api-lint} ({@code .ci/run} does both).
 */
public abstract class ApiDocumentLint {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String service;

    @Test
    void publishesAnApiDocumentThatLintsClean() {
        Path document = Path.of("target", "api-docs", service + ".json").toAbsolutePath();
        write(document, fetch(port));
        assertThat(lint(document))
                .as("Redocly lint of %s (%s)", service, document)
                .isEmpty();
    }

    /** Every error and warning Redocly finds in the document under {@code tools/api-lint}'s rules, one a line. */
    static List<String> lint(Path document) {
        Path tool = toolDirectory();
        Path redocly = tool.resolve("node_modules/.bin/redocly");
        assertThat(redocly)
                .as("Redocly CLI is not installed: run `npm ci` in %s (needs Node 20.19+; .ci/run does it)", tool)
                .isExecutable();
        return problems(run(
                tool,
                List.of(
                        redocly.toString(),
                        "lint",
                        "--config",
                        tool.resolve("redocly.yaml").toString(),
                        "--format",
                        "json",
                        document.toString())));
    }

    private static String fetch(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                    .timeout(TIMEOUT)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET /v3/api-docs").isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not fetch the API document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted fetching the API document", e);
        }
    }

    private static void write(Path document, String json) {
        try {
            Files.createDirectories(document.getParent());
            Files.writeString(document, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + document, e);
        }
    }

    /** {@code tools/api-lint} of the repository, found upwards from the module being tested. */
    private static Path toolDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path tool = dir.resolve("tools/api-lint");
            if (Files.isRegularFile(tool.resolve("redocly.yaml"))) {
                return tool;
            }
        }
        throw new IllegalStateException(
                "No tools/api-lint/redocly.yaml above " + Path.of("").toAbsolutePath());
    }

    private static JsonNode run(Path directory, List<String> command) {
        try {
            Path log = Files.createTempFile("redocly", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectError(log.toFile())
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Redocly did not finish within " + TIMEOUT);
            }
            String errors = Files.readString(log);
            Files.delete(log);
            // 0: clean, 1: lint errors (reported in the JSON); anything else is the tool failing.
            assertThat(process.exitValue())
                    .as("redocly lint exit code; its output: %s%n%s", output, errors)
                    .isIn(0, 1);
            return JsonMapper.shared().readTree(output);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + command, e);
        }
    }

    /** Every error and warning as one line: severity, rule, where, message. */
    private static List<String> problems(JsonNode report) {
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            problems.add(problem.path("severity").asString() + " "
                    + problem.path("ruleId").asString() + " at "
                    + problem.path("location").path(0).path("pointer").asString() + ": "
                    + problem.path("message").asString());
        }
        return problems;
    }
}
