package dk.ddh.hotline.support.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 404: the named thing does not exist (or the caller may not know that it does). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", "No " + what + " " + id, Map.of("resource", what, "id", id));
    }
}
