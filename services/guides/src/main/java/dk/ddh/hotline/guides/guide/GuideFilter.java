package dk.ddh.hotline.guides.guide;

import java.util.Optional;

/**
 * Which guides a list shows.
 *
 * @param owner only guides of this owner, or every owner
 * @param status only guides with a live revision ({@code PUBLISHED}) or an open one in this status; or all
 * @param drafts whose open revisions the caller may see
 */
public record GuideFilter(Optional<Owner> owner, Optional<RevisionStatus> status, DraftScope drafts) {}
