package dk.ddh.hotline.membership.web;

import java.util.List;

/** The platform's shape of a paged list. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {}
