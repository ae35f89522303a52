package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.support.problem.InvalidRequestException;

/**
 * Membership terms that contradict themselves or the members they refer to. Rendered as 400 {@code invalid-terms}
 * with the offending field in {@code errors}, like any validation error.
 */
public class InvalidTermsException extends InvalidRequestException {

    private final String field;

    InvalidTermsException(String field, String message) {
        super("invalid-terms", field + ": " + message, fieldError(field, message));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
