package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.support.problem.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 403 {@code reviewer-is-author}: nobody reviews a revision they wrote. */
class FourEyesViolation extends ProblemException {

    FourEyesViolation(int revision) {
        super(
                HttpStatus.FORBIDDEN,
                "reviewer-is-author",
                "Revision " + revision + " must be reviewed by someone other than its author",
                Map.of("revision", revision));
    }
}
