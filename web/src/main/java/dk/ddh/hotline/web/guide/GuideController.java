package dk.ddh.hotline.web.guide;

import dk.ddh.hotline.web.api.HotlineApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Guide search as the agent types, and a guide opened beside the call with its resolution boundary. */
@Controller
class GuideController {

    private static final int HITS = 8;

    private final HotlineApi api;
    private final Markdown markdown;

    GuideController(HotlineApi api, Markdown markdown) {
        this.api = api;
        this.markdown = markdown;
    }

    /**
     * @param member the caller's member: common guides plus that member's own are searched, never another member's
     */
    @GetMapping("/konsol/guider/soeg")
    String search(
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String member, Model model) {
        String query = q.strip();
        GuideHits hits = query.isEmpty()
                ? GuideHits.NONE
                : api.get(
                        "guides",
                        uri -> {
                            uri.path("/api/guides/v1/search")
                                    .queryParam("q", query)
                                    .queryParam("size", HITS);
                            if (member != null && !member.isBlank()) {
                                uri.queryParam("member", member);
                            }
                            return uri.build();
                        },
                        GuideHits.class);
        model.addAttribute("query", query);
        model.addAttribute("hits", hits);
        model.addAttribute("correctedQuery", hits.corrections().isEmpty() ? null : hits.correctedQuery(query));
        return "guide/search :: results";
    }

    @GetMapping("/konsol/guider/{guideId}")
    String guide(@PathVariable String guideId, Model model) {
        LiveGuide guide =
                api.get("guides", uri -> uri.path("/api/guides/v1/guides/{id}").build(guideId), LiveGuide.class);
        model.addAttribute("guide", guide);
        model.addAttribute(
                "body", guide.live() == null ? "" : markdown.toHtml(guide.live().body()));
        return "guide/view :: guide";
    }
}
