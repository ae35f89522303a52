package dk.ddh.hotline.webrules.problem;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The {@code type} of every problem the platform answers, from the gateway or a service: {@value #BASE} and a slug
 * per kind of problem. A status without a more specific slug gets one rule on both web stacks, so one status never has
 * two types.
 */
public final class ProblemTypes {

    public static final String BASE = "https://hotline.ddh.dk/problems/";

    /** Slugs partners already know that differ from the status's reason phrase. */
    private static final Map<Integer, String> NAMED = Map.of(413, "payload-too-large", 500, "internal-error");

    private ProblemTypes() {}

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }

    /** The slug for a status without a more specific one, e.g. {@code method-not-allowed}, {@code uri-too-long}. */
    public static String slugFor(HttpStatusCode status) {
        String named = NAMED.get(status.value());
        if (named != null) {
            return named;
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "http-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
