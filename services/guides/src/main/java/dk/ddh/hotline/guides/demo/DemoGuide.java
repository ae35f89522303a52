package dk.ddh.hotline.guides.demo;

import dk.ddh.hotline.guides.guide.Audience;
import dk.ddh.hotline.guides.guide.GuideContent;
import dk.ddh.hotline.guides.guide.Resolution;
import java.util.List;

/**
 * One guide of {@code demo/guides.yml}.
 *
 * @param state where the demo leaves it: DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED or PUBLISHED_WITH_DRAFT
 * @param draft the body of a newer draft revision, for PUBLISHED_WITH_DRAFT
 */
record DemoGuide(
        String owner,
        Audience audience,
        String state,
        List<String> systems,
        String title,
        String body,
        String draft,
        List<Resolution> resolutions) {

    GuideContent content(String text) {
        return new GuideContent(title, text, systems, audience, resolutions == null ? List.of() : resolutions);
    }

    record File(List<DemoGuide> guides) {}
}
