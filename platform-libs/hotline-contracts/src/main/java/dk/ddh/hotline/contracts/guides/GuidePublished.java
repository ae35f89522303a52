package dk.ddh.hotline.contracts.guides;

import java.time.LocalDate;
import java.util.List;

/**
 * A guide revision went live after review; the guide's previous live revision (if any) is no longer shown.
 *
 * @param guideId the guide's id (a UUID)
 * @param revision the number of the revision that is now live
 * @param ownerId the member that owns the guide (municipality or region code), or null for a common DDH guide
 * @param audience {@code AGENT} (internal) or {@code CITIZEN} (public)
 * @param systems the public systems the guide covers, e.g. {@code MitID}, {@code MinSundhedsplatform}
 * @param reviewDue the day by which the guide must be reviewed again
 */
public record GuidePublished(
        String guideId,
        int revision,
        String title,
        String ownerId,
        String audience,
        List<String> systems,
        LocalDate reviewDue) {

    public GuidePublished {
        systems = List.copyOf(systems);
    }
}
