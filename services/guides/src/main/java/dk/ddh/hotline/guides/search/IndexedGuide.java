package dk.ddh.hotline.guides.search;

import java.util.List;
import java.util.UUID;

/**
 * A guide's live revision as the search index holds it.
 *
 * @param owner {@code common} or the owning member's code
 */
record IndexedGuide(
        UUID guideId, int revision, String owner, String title, String body, List<String> systems, String audience) {}
