package dk.ddh.hotline.membership.web;

import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a write repeatable with an {@code Idempotency-Key} header: the same caller sending the same key again gets the
 * first response back and nothing happens twice. The key is claimed in the transaction of the write itself, so a
 * concurrent duplicate waits for the first and then replays it; a key reused for another request is refused.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    /** As long as {@code idempotent_request.idempotency_key} holds. */
    static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code write} once per caller and key; without a key it simply runs it.
     *
     * @param request the request body, part of what makes two requests with one key the same request
     */
    public <T> ResponseEntity<T> once(
            String key, Object request, Class<T> responseType, Supplier<ResponseEntity<T>> write) {
        if (key == null || key.isBlank()) {
            return write.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new InvalidRequestException(
                    "validation-failed",
                    "The request has 1 invalid field(s)",
                    InvalidRequestException.fieldError(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters"));
        }
        String caller = SecurityContextHolder.getContext().getAuthentication().getName();
        String fingerprint = fingerprint(request);
        try {
            return transaction.execute(status -> {
                Optional<Stored> earlier = find(caller, key);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), key, fingerprint, responseType);
                }
                claim(caller, key, fingerprint);
                ResponseEntity<T> response = write.get();
                complete(caller, key, response);
                return response;
            });
        } catch (KeyClaimedConcurrently e) {
            return transaction.execute(
                    status -> replay(find(caller, key).orElseThrow(), key, fingerprint, responseType));
        }
    }

    private Optional<Stored> find(String caller, String key) {
        return jdbc.sql("select fingerprint, status, location, body from idempotent_request"
                        + " where caller = :caller and idempotency_key = :key")
                .param("caller", caller)
                .param("key", key)
                .query(Stored.class)
                .optional();
    }

    private void claim(String caller, String key, String fingerprint) {
        try {
            jdbc.sql("insert into idempotent_request (caller, idempotency_key, fingerprint, status, body, created_at)"
                            + " values (:caller, :key, :fingerprint, 0, '', :now)")
                    .param("caller", caller)
                    .param("key", key)
                    .param("fingerprint", fingerprint)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new KeyClaimedConcurrently();
        }
    }

    private void complete(String caller, String key, ResponseEntity<?> response) {
        URI location = response.getHeaders().getLocation();
        jdbc.sql("update idempotent_request set status = :status, location = :location, body = :body"
                        + " where caller = :caller and idempotency_key = :key")
                .param("status", response.getStatusCode().value())
                .param("location", location == null ? null : location.toString())
                .param("body", json.writeValueAsString(response.getBody()))
                .param("caller", caller)
                .param("key", key)
                .update();
    }

    private <T> ResponseEntity<T> replay(Stored stored, String key, String fingerprint, Class<T> responseType) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new ConflictException(
                    "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request",
                    Map.of("idempotencyKey", key));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(stored.status());
        if (stored.location() != null) {
            response.location(URI.create(stored.location()));
        }
        return response.body(json.readValue(stored.body(), responseType));
    }

    /** Method, path and body: what a retry repeats exactly. */
    private String fingerprint(Object request) {
        HttpServletRequest http =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String text = http.getMethod() + " " + http.getRequestURI() + "\n" + json.writeValueAsString(request);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    record Stored(String fingerprint, int status, String location, String body) {}

    /** Another request with the same key committed first; its response is the one to give. */
    private static final class KeyClaimedConcurrently extends RuntimeException {
        KeyClaimedConcurrently() {
            super(null, null, false, false);
        }
    }
}
