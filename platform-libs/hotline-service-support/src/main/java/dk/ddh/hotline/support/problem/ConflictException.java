package dk.ddh.hotline.support.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 409: the request is well-formed but conflicts with the current state. */
public class ConflictException extends ProblemException {

    public ConflictException(String slug, String detail, Map<String, ?> properties) {
        super(HttpStatus.CONFLICT, slug, detail, properties);
    }
}
