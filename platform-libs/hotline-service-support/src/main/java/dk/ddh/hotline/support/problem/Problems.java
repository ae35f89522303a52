package dk.ddh.hotline.support.problem;

import dk.ddh.hotline.webrules.problem.ProblemTypes;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the platform's problem details: one type URI per kind of problem. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(slug));
        return problem;
    }

    /** A 400 naming each field that was refused and why. */
    public static ProblemDetail validationFailed(List<FieldError> errors) {
        ProblemDetail problem = of(
                HttpStatus.BAD_REQUEST, "validation-failed", "The request has " + errors.size() + " invalid field(s)");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One refused field: its path in the request and the reason. */
    public record FieldError(String field, String message) {}
}
