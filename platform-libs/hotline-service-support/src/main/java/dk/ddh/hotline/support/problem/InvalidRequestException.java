package dk.ddh.hotline.support.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 400: input the generic validation cannot judge, e.g. a number that is no phone number. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String slug, String detail, Map<String, ?> properties) {
        super(HttpStatus.BAD_REQUEST, slug, detail, properties);
    }

    /**
     * The same refusal of one part of a larger request: each field it names is named from the request's root, e.g.
     * {@code at} within {@code events[3].event} becomes {@code events[3].event.at}.
     */
    public InvalidRequestException within(String path) {
        Map<String, Object> properties = new LinkedHashMap<>(properties());
        if (properties.get("errors") instanceof List<?> errors) {
            properties.put(
                    "errors",
                    errors.stream()
                            .map(error -> (Map<?, ?>) error)
                            .map(error ->
                                    Map.of("field", path + "." + error.get("field"), "message", error.get("message")))
                            .toList());
        }
        return new InvalidRequestException(slug(), getMessage() + " (" + path + ")", properties);
    }

    /** The problem's properties naming one invalid field, shaped like the {@code errors} of bean validation. */
    public static Map<String, Object> fieldError(String field, String message) {
        return Map.of("errors", List.of(Map.of("field", field, "message", message)));
    }
}
