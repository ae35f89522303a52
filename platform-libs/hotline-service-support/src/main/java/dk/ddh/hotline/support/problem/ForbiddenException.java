package dk.ddh.hotline.support.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 403: the caller is known but may not do this. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", detail, Map.of());
    }
}
