package dk.ddh.hotline.support.problem;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 400: input the generic validation cannot judge, e.g. a number that is no phone number. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String slug, String detail, Map<String, ?> properties) {
        super(HttpStatus.BAD_REQUEST, slug, detail, properties);
    }

    /** The problem's properties naming one invalid field, shaped like the {@code errors} of bean validation. */
    public static Map<String, Object> fieldError(String field, String message) {
        return Map.of("errors", List.of(Map.of("field", field, "message", message)));
    }
}
