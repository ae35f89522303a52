package dk.ddh.hotline.support.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value of the right JSON shape that the platform still refuses, e.g. a text with a NUL character; {@link #reason()}
 * is what the client is told in the field error.
 */
public class RefusedValueException extends MismatchedInputException {

    private final String reason;

    RefusedValueException(JsonParser parser, Class<?> type, String reason) {
        super(parser, reason, type);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
