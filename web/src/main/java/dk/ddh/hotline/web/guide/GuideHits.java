package dk.ddh.hotline.web.guide;

import java.util.List;

/**
 * A page of guides the search found, best first. The titles and snippets are HTML-safe (the guides service escapes
 * the guide's text and marks the matches with {@code <mark>}).
 */
public record GuideHits(List<Hit> items, long totalItems, List<Correction> corrections) {

    public GuideHits {
        items = items == null ? List.of() : items;
        corrections = corrections == null ? List.of() : corrections;
    }

    static final GuideHits NONE = new GuideHits(List.of(), 0, List.of());

    /** "Viser resultater for …": the query with each corrected word replaced. */
    public String correctedQuery(String query) {
        String corrected = query;
        for (Correction correction : corrections) {
            corrected = corrected.replace(correction.from(), correction.to());
        }
        return corrected;
    }

    public record Hit(String guideId, String owner, String highlightedTitle, String snippet, List<String> systems) {

        /** The excerpt without Markdown's emphasis marks, which the guides' text carries. */
        public String readableSnippet() {
            return snippet == null ? "" : snippet.replace("**", "").replace("__", "");
        }
    }

    public record Correction(String from, String to) {}
}
