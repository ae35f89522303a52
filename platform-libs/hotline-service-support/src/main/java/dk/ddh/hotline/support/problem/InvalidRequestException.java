package dk.ddh.hotline.support.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 400: input the generic validation cannot judge, e.g. a number that is no phone number. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String slug, String detail, Map<String, ?> properties) {
        super(HttpStatus.BAD_REQUEST, slug, detail, properties);
    }
}
