package dk.ddh.hotline.support.idempotency;

import dk.ddh.hotline.support.idempotency.StoredResponses.KeyClaimedConcurrently;
import dk.ddh.hotline.support.problem.ProblemWriter;
import dk.ddh.hotline.support.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every write repeatable with an {@code Idempotency-Key} header: the same caller sending the same key again gets
 * the first response back and nothing happens twice. The key is claimed in a transaction that the write joins, so the
 * claim and the write commit together: a concurrent duplicate waits for the first and then replays its response, a
 * failed write (4xx, 5xx) leaves no claim and may be sent again, and a key reused for another request is refused.
 */
class IdempotentRequestFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    /** As long as {@code hotline_idempotent_request.idempotency_key} holds. */
    static final int MAX_KEY_LENGTH = 200;

    /** The methods whose requests it makes repeatable. */
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final StoredResponses stored;
    private final TransactionTemplate transaction;
    private final ProblemWriter problems;

    IdempotentRequestFilter(StoredResponses stored, TransactionTemplate transaction, ProblemWriter problems) {
        this.stored = stored;
        this.transaction = transaction;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Optional<String> refusal = refusal(key);
        if (refusal.isPresent()) {
            problems.write(
                    response, Problems.validationFailed(List.of(new Problems.FieldError(HEADER, refusal.get()))));
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        BufferedRequest buffered = new BufferedRequest(request);
        Write write = new Write(caller.getName(), key, fingerprint(buffered), buffered, response, chain);
        try {
            transaction.executeWithoutResult(status -> {
                if (!write.replayEarlier() && !write.runAndKeep()) {
                    status.setRollbackOnly();
                }
            });
        } catch (KeyClaimedConcurrently e) {
            transaction.executeWithoutResult(status -> write.replayEarlier());
        } catch (FilterChainFailure e) {
            e.rethrow();
        }
    }

    private static Optional<String> refusal(String key) {
        if (key.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            return Optional.of("must be at most " + MAX_KEY_LENGTH + " characters");
        }
        if (!key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && c != '"')) {
            return Optional.of("must be printable ASCII without spaces or quotes");
        }
        return Optional.empty();
    }

    /** Method, path, query and body: what a retry repeats exactly. */
    private static String fingerprint(BufferedRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(request.body()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** One write sent with a key, within the claiming transaction. */
    private final class Write {

        private final String caller;
        private final String key;
        private final String fingerprint;
        private final BufferedRequest request;
        private final HttpServletResponse response;
        private final FilterChain chain;

        Write(
                String caller,
                String key,
                String fingerprint,
                BufferedRequest request,
                HttpServletResponse response,
                FilterChain chain) {
            this.caller = caller;
            this.key = key;
            this.fingerprint = fingerprint;
            this.request = request;
            this.response = response;
            this.chain = chain;
        }

        /** @return whether an earlier response was there (and was given or refused) */
        boolean replayEarlier() {
            Optional<StoredResponse> earlier = stored.find(caller, key);
            earlier.ifPresent(this::replay);
            return earlier.isPresent();
        }

        /** @return whether the write succeeded and its response is kept for retries */
        boolean runAndKeep() {
            stored.claim(caller, key, fingerprint);
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, captured);
                boolean succeeded = captured.getStatus() < 400;
                if (succeeded) {
                    stored.complete(
                            caller,
                            key,
                            new StoredResponse(
                                    fingerprint,
                                    captured.getStatus(),
                                    captured.getContentType(),
                                    captured.getHeader(HttpHeaders.LOCATION),
                                    new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8)));
                }
                captured.copyBodyToResponse();
                return succeeded;
            } catch (IOException | ServletException e) {
                throw new FilterChainFailure(e);
            }
        }

        private void replay(StoredResponse earlier) {
            try {
                if (!earlier.fingerprint().equals(fingerprint)) {
                    ProblemDetail reused = Problems.of(
                            HttpStatus.CONFLICT,
                            "idempotency-key-reused",
                            "This Idempotency-Key was already used for a different request");
                    reused.setProperties(Map.of("idempotencyKey", key));
                    problems.write(response, reused);
                    return;
                }
                response.setStatus(earlier.status());
                if (earlier.contentType() != null) {
                    response.setContentType(earlier.contentType());
                }
                if (earlier.location() != null) {
                    response.setHeader(HttpHeaders.LOCATION, earlier.location());
                }
                response.setHeader("Idempotent-Replayed", "true");
                response.getOutputStream().write(earlier.body().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Carries the filter chain's checked exceptions out of the transaction callback. */
    private static final class FilterChainFailure extends RuntimeException {

        FilterChainFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
