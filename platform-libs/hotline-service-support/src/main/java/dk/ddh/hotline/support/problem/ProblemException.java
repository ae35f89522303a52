package dk.ddh.hotline.support.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal the client can act on, rendered as RFC 9457 problem+json with type {@code
 * https://hotline.ddh.dk/problems/<slug>}, the detail and any extension properties.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final Map<String, Object> properties;

    protected ProblemException(HttpStatus status, String slug, String detail, Map<String, ?> properties) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    ProblemDetail toProblemDetail() {
        ProblemDetail problem = Problems.of(status, slug, getMessage());
        properties.forEach(problem::setProperty);
        return problem;
    }
}
