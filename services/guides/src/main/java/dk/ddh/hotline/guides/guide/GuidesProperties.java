package dk.ddh.hotline.guides.guide;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quality rules of DDH, configurable per installation.
 *
 * @param checklist the quality checklist a reviewer ticks in full before publishing
 * @param reviewInterval how long after publishing a guide is due for review again
 * @param knownSystems the systems guides commonly cover; others may be named too, these are spelled canonically
 */
@ConfigurationProperties("hotline.guides")
public record GuidesProperties(
        List<ChecklistItem> checklist, @DefaultValue("P12M") Period reviewInterval, List<String> knownSystems) {

    public GuidesProperties {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        knownSystems = knownSystems == null ? List.of() : List.copyOf(knownSystems);
    }

    public record ChecklistItem(String id, String text) {}
}
