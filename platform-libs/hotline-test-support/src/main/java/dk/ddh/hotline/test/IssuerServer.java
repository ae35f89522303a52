package dk.ddh.hotline.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of {@link TestIssuer}: discovery document and JWKS on a random loopback port. Kept apart from {@code
 * TestIssuer} because it runs on another thread while {@code TestIssuer}'s static initialiser waits for it.
 */
final class IssuerServer {

    static final String JWKS_PATH = "/oauth2/jwks";

    private IssuerServer() {}

    /**
     * Starts the server from a daemon thread: the JDK server's dispatcher thread inherits that, so the issuer never
     * keeps a JVM alive.
     *
     * @return the issuer URI
     */
    static String start(String jwks) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                result.set(startServer(jwks));
            } catch (IOException | RuntimeException e) {
                result.set(e);
            }
        });
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted starting the test issuer", e);
        }
        if (result.get() instanceof String uri) {
            return uri;
        }
        throw new IllegalStateException("Cannot start the test issuer", (Exception) result.get());
    }

    private static String startServer(String jwks) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        String discovery = JsonMapper.shared()
                .writeValueAsString(Map.of(
                        "issuer",
                        issuer,
                        "jwks_uri",
                        issuer + JWKS_PATH,
                        "authorization_endpoint",
                        issuer + "/oauth2/authorize",
                        "token_endpoint",
                        issuer + "/oauth2/token",
                        "response_types_supported",
                        new String[] {"code"},
                        "subject_types_supported",
                        new String[] {"public"},
                        "id_token_signing_alg_values_supported",
                        new String[] {"RS256"}));
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
        server.createContext("/.well-known/oauth-authorization-server", exchange -> respond(exchange, discovery));
        server.createContext(JWKS_PATH, exchange -> respond(exchange, jwks));
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-issuer");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return issuer;
    }

    private static void respond(HttpExchange exchange, String json) {
        try (exchange) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
