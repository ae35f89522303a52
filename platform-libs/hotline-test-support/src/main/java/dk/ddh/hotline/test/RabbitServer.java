package dk.ddh.hotline.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A RabbitMQ broker with its management API, in which each test class gets its own virtual host. */
final class RabbitServer {

    private final String host;
    private final int amqpPort;
    private final int managementPort;
    private final String user;
    private final String password;
    private final HttpClient http = newClient();

    RabbitServer(String host, int amqpPort, int managementPort, String user, String password) {
        this.host = host;
        this.amqpPort = amqpPort;
        this.managementPort = managementPort;
        this.user = user;
        this.password = password;
    }

    String host() {
        return host;
    }

    int amqpPort() {
        return amqpPort;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String describe() {
        return "RabbitMQ at " + host + ":" + amqpPort + " (management API on port " + managementPort + ")";
    }

    /** Creates the virtual host and gives the admin user full permissions on it. */
    void createVhost(String name) {
        send("PUT", "/api/vhosts/" + name, "{}");
        send("PUT", "/api/permissions/" + name + "/" + user, "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
    }

    void deleteVhost(String name) {
        send("DELETE", "/api/vhosts/" + name, null);
    }

    /** Whether the management API answers with these credentials. */
    boolean managementAnswers() {
        try {
            send("GET", "/api/overview", null);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private void send(String method, String path, String json) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + managementPort + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = sendRetryingStaleConnection(request);
            if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
                throw new IllegalStateException(describe() + " answered " + method + " " + path + " with "
                        + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(describe() + " did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + describe(), e);
        }
    }

    /**
     * The management API closes idle keep-alive connections; a request on one that was just closed fails with EOF, and
     * under load several pooled connections may be stale at once. Every call here is idempotent, so it is sent once
     * more on a client of its own, with no pooled connection to reuse.
     */
    private HttpResponse<String> sendRetryingStaleConnection(HttpRequest request)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException staleConnection) {
            return newClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** HTTP/1.1: the management API needs no upgrade to HTTP/2 offered on every request. */
    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}
