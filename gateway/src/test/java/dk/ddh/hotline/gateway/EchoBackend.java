package dk.ddh.hotline.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for a service behind the gateway: answers every request with what it received (method, path,
 * Authorization, tracing headers, body size), serves an OpenAPI document at {@code /v3/api-docs}, takes a little over a
 * second on paths containing {@code /unhurried/} and five seconds on paths containing {@code /slow/}.
 */
final class EchoBackend implements AutoCloseable {

    static final String API_DOCS = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"echo\",\"version\":\"v1\"}}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private EchoBackend(HttpServer server) {
        this.server = server;
    }

    static EchoBackend start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var backend = new EchoBackend(server);
            server.createContext("/", backend::handle);
            server.setExecutor(backend.threads);
            server.start();
            return backend;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URI where nothing listens, for a service that is down. */
    static String unreachableUri() {
        try (var socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (path.contains("/slow/")) {
                sleep(5_000);
            } else if (path.contains("/unhurried/")) {
                sleep(1_200);
            }
            byte[] response;
            if (path.equals("/v3/api-docs")) {
                response = API_DOCS.getBytes();
            } else {
                var echo = new LinkedHashMap<String, Object>();
                echo.put("method", exchange.getRequestMethod());
                echo.put("path", path);
                echo.put("query", exchange.getRequestURI().getRawQuery());
                echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
                echo.put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"));
                echo.put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"));
                echo.put("bodyBytes", requestBody.length);
                response = JSON.writeValueAsBytes(echo);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
