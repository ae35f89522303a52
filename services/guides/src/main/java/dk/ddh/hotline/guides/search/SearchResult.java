package dk.ddh.hotline.guides.search;

import java.util.List;

/**
 * One page of hits, best first, and the query words that were corrected for typos.
 *
 * @param corrections each unknown query word and the guide word searched instead
 */
public record SearchResult(List<SearchHit> items, int page, int size, long totalItems, List<Correction> corrections) {

    public record Correction(String from, String to) {}
}
