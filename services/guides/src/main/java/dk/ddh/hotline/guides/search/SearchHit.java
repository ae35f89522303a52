package dk.ddh.hotline.guides.search;

import java.util.List;
import java.util.UUID;

/**
 * A published guide that matches, with the query's words marked ({@code <mark>…</mark>}) in the title and in an
 * excerpt of the body.
 *
 * @param owner {@code common} or the owning member's code
 */
public record SearchHit(
        UUID guideId,
        int revision,
        String owner,
        String title,
        String audience,
        List<String> systems,
        double rank,
        String highlightedTitle,
        String snippet) {}
