package dk.ddh.hotline.webrules.text;

import java.util.function.Predicate;

/**
 * Text whose every character is assigned in Unicode and none a control character: what Spring Security's strict
 * firewall allows in header and parameter names and values. The firewall checks it with a regular expression, which
 * cost a seventh of a service's CPU under load on the long bearer tokens (bench/call-log/RESULTS.md); this is the same
 * rule as a loop. No text at all (a header the reactive firewall asks about that the request does not have) is nothing
 * to refuse.
 */
public final class PrintableText implements Predicate<String> {

    @Override
    public boolean test(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isDefined(c) && !Character.isISOControl(c));
    }
}
