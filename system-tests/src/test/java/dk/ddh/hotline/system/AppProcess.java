package dk.ddh.hotline.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One Boot app of the platform started from its repackaged jar as a separate JVM, as in production. */
final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final String module;
    private final Map<String, String> properties;
    private final int port;
    private final Process process;
    private final Path log;

    private AppProcess(
            String name, String module, Map<String, String> properties, int port, Process process, Path log) {
        this.name = name;
        this.module = module;
        this.properties = properties;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Stops the app and starts it again on the same port with the same properties, as after a crash or a deploy. */
    AppProcess restart() throws IOException, InterruptedException {
        close();
        Map<String, String> again = new HashMap<>(properties);
        again.put("server.port", String.valueOf(port));
        return start(name, module, again).awaitReady();
    }

    /** Starts {@code <module>/target/<artifact>-*.jar} on a free port with the given Spring properties. */
    static AppProcess start(String name, String module, Map<String, String> properties) throws IOException {
        Path root = Path.of(System.getProperty("hotline.root", ".."));
        Path jar;
        try (var files = Files.list(root.resolve(module).resolve("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches(name + "-.*-SNAPSHOT\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No jar of " + name + " in " + module + "/target: run ./mvnw verify from the root"));
        }
        int port = properties.containsKey("server.port") ? Integer.parseInt(properties.get("server.port")) : freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--server.port=" + port));
        properties.entrySet().stream()
                .filter(p -> !p.getKey().equals("server.port"))
                .forEach(p -> command.add("--" + p.getKey() + "=" + p.getValue()));
        Path log =
                Files.createDirectories(Path.of("target", "system-test-logs")).resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new AppProcess(name, module, Map.copyOf(properties), port, process, log);
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /** Waits until the app reports readiness, failing with the end of its log if it dies or takes too long. */
    AppProcess awaitReady() throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        var readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up:\n" + tail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // the port opens late in start-up
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
