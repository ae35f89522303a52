package dk.ddh.hotline.support.web;

import java.util.List;
import java.util.function.Function;

/**
 * The platform's shape of a paged list: one page of the items, which page (from 0) of which size, and how many items
 * there are in all.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
