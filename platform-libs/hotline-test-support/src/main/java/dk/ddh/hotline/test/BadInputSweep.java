package dk.ddh.hotline.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machinery of a table-driven bad-input sweep: sends each {@link BadInput} to the running service and asserts a 4xx
 * {@code application/problem+json} whose {@code errors} name the field, and that no table of the service's database
 * changed (the outbox compared by its events, not by the relay's bookkeeping). A service lists its rows; a new write
 * endpoint is covered by adding rows.
 */
public final class BadInputSweep {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OUTBOX = "hotline_outbox";
    private static final Duration SETTLING = Duration.ofMillis(250);

    private final int port;
    private final DataSource database;

    public BadInputSweep(int port, DataSource database) {
        this.port = port;
        this.database = database;
    }

    /** Sends the request with the caller's token and asserts that it was refused, naming the field, writing nothing. */
    public void assertRefused(String token, BadInput input) {
        Map<String, String> before = settledFingerprint();

        HttpResponse<String> response = send(token, input);

        assertThat(response.statusCode()).as("%s: %s", input, response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type"))
                .as("%s", input)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .as("%s: %s", input, response.body())
                .contains(input.field());
        assertThat(fingerprint()).as("%s wrote nothing", input).isEqualTo(before);
    }

    private HttpResponse<String> send(String token, BadInput input) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + input.path()))
                .header("Content-Type", "application/json")
                .method(
                        input.method(),
                        input.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(input.body()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        input.headers().forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fingerprint once the effects of earlier requests have landed (a consumer applying an event, say): two
     * readings a moment apart that agree.
     */
    private Map<String, String> settledFingerprint() {
        Map<String, String> last = fingerprint();
        for (int reading = 0; reading < 20; reading++) {
            try {
                Thread.sleep(SETTLING.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Map<String, String> next = fingerprint();
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        throw new IllegalStateException("The service's tables kept changing; no request can be judged against them");
    }

    /** Every table of the service's schema by a digest of its rows. */
    private Map<String, String> fingerprint() {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname ="
                    + " current_schema() and tablename <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, String> digests = new TreeMap<>();
            for (String table : tables) {
                String row = table.equals(OUTBOX) ? "t.event_id" : "t::text";
                try (ResultSet digest = statement.executeQuery("select md5(coalesce(string_agg(" + row + ", ','"
                        + " order by " + row + "), '')) from \"" + table + "\" t")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the service's tables", e);
        }
    }
}
