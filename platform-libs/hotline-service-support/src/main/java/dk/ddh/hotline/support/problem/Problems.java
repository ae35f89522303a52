package dk.ddh.hotline.support.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the platform's problem details: one type URI per kind of problem. */
public final class Problems {

    public static final String TYPE_BASE = "https://hotline.ddh.dk/problems/";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        return problem;
    }

    /** A 400 naming each field that was refused and why. */
    public static ProblemDetail validationFailed(List<FieldError> errors) {
        ProblemDetail problem = of(
                HttpStatus.BAD_REQUEST, "validation-failed", "The request has " + errors.size() + " invalid field(s)");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The slug for a status without a more specific one, e.g. {@code method-not-allowed}. */
    static String slugFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** One refused field: its path in the request and the reason. */
    public record FieldError(String field, String message) {}
}
