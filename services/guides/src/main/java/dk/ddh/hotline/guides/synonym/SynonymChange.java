package dk.ddh.hotline.guides.synonym;

import java.time.Instant;
import java.util.List;

/** One entry of a synonym group's audit trail: the group as it became (as it was, when deleted). */
public record SynonymChange(Action action, List<String> phrases, List<String> alsoFinds, String by, Instant at) {

    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
