package dk.ddh.hotline.web.api;

import java.util.List;
import java.util.Map;

/**
 * A service refused a call (a 4xx or 5xx problem+json), or did not answer. The console shows it in Danish next to what
 * the person did.
 *
 * @param status the HTTP status, 503 when the service did not answer
 * @param type the problem's type slug, e.g. {@code validation-failed}, {@code forbidden}
 * @param fieldErrors each invalid field and the service's message about it
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final Map<String, String> fieldErrors;

    public ApiProblem(int status, String type, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<String> fields() {
        return List.copyOf(fieldErrors.keySet());
    }
}
