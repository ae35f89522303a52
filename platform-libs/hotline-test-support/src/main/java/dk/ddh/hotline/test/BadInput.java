package dk.ddh.hotline.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One row of a service's bad-input sweep ({@link BadInputSweep}): a request to a write endpoint, or a read with a bad
 * query parameter, that must be refused with a 4xx problem naming {@code field}, writing nothing.
 *
 * @param name what is wrong, shown as the test's name
 * @param field the field (or header, or query parameter) the problem's {@code errors} must name
 */
public record BadInput(
        String name, String method, String path, String body, Map<String, String> headers, String field) {

    public BadInput {
        headers = Map.copyOf(headers);
    }

    /** A read whose query parameter {@code field} is bad (its path and query as sent, percent-encoded). */
    public static BadInput get(String name, String pathAndQuery, String field) {
        return new BadInput(name, "GET", pathAndQuery, null, Map.of(), field);
    }

    public static BadInput post(String name, String path, String body, String field) {
        return new BadInput(name, "POST", path, body, Map.of(), field);
    }

    public static BadInput put(String name, String path, String body, String field) {
        return new BadInput(name, "PUT", path, body, Map.of(), field);
    }

    /**
     * A JSON object of valid fields (values as raw JSON, e.g. {@code "\"CHAT\""}) with one field replaced or added: the
     * body of a row that breaks one rule.
     */
    public static String objectWith(Map<String, String> valid, String field, String json) {
        Map<String, String> fields = new TreeMap<>(valid);
        fields.put(field, json);
        return fields.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
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
