package dk.ddh.hotline.guides.guide;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a revision stands in the quality workflow. {@code SUPERSEDED} marks a revision replaced by a newer one: a
 * published revision once its successor is published, or a draft that a newer draft replaced.
 */
public enum RevisionStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUPERSEDED,
    ARCHIVED;

    public Set<RevisionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, SUPERSEDED);
            case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED);
            case PUBLISHED -> EnumSet.of(SUPERSEDED, ARCHIVED);
            case SUPERSEDED, ARCHIVED -> EnumSet.noneOf(RevisionStatus.class);
        };
    }

    public boolean mayChangeTo(RevisionStatus to) {
        return next().contains(to);
    }

    /** Still being worked on: at most one revision per guide is open. */
    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
