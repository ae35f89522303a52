package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a revision says: title, Markdown body, the systems it covers, its audience and its resolution boundary. Never
 * changes once written; an edit is a new revision.
 */
public record GuideContent(
        String title, String body, List<String> systems, Audience audience, List<Resolution> resolutions) {

    public GuideContent {
        systems = List.copyOf(systems);
        resolutions = List.copyOf(resolutions);
        Set<String> inquiryTypes = new HashSet<>();
        for (Resolution resolution : resolutions) {
            if (!inquiryTypes.add(resolution.inquiryType().toLowerCase(Locale.ROOT))) {
                throw new InvalidRequestException(
                        "invalid-resolution",
                        "Inquiry type " + resolution.inquiryType() + " is stated twice",
                        Map.of("inquiryType", resolution.inquiryType()));
            }
        }
    }

    /** The systems as one line of text, for the search document. */
    public String systemsText() {
        return String.join(" ", systems);
    }
}
