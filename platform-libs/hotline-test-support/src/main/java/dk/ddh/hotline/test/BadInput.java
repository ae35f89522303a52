package dk.ddh.hotline.test;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a service's bad-input sweep ({@link BadInputSweep}): a request to a write endpoint that must be refused
 * with a 4xx problem naming {@code field}, writing nothing.
 *
 * @param name what is wrong, shown as the test's name
 * @param field the field (or header) the problem's {@code errors} must name
 */
public record BadInput(
        String name, String method, String path, String body, Map<String, String> headers, String field) {

    public BadInput {
        headers = Map.copyOf(headers);
    }

    public static BadInput post(String name, String path, String body, String field) {
        return new BadInput(name, "POST", path, body, Map.of(), field);
    }

    public static BadInput put(String name, String path, String body, String field) {
        return new BadInput(name, "PUT", path, body, Map.of(), field);
    }

    /** The same request with one more header. */
    public BadInput withHeader(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new BadInput(name, method, path, body, more, field);
    }

    @Override
    public String toString() {
        return method + " " + path + ": " + name;
    }
}
