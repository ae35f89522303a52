package dk.ddh.hotline.guides.guide;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A guide in a list: its live revision (if any) and its open revision (if any).
 *
 * @param liveRevision number of the published revision, or null
 * @param openRevision number of the draft or revision in review, or null
 */
public record GuideSummary(
        UUID guideId,
        Owner owner,
        String title,
        Integer liveRevision,
        LocalDate reviewDue,
        Integer openRevision,
        RevisionStatus openStatus) {}
