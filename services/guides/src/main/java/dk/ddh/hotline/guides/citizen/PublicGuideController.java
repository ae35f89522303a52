package dk.ddh.hotline.guides.citizen;

import dk.ddh.hotline.guides.guide.Audience;
import dk.ddh.hotline.guides.guide.Guide;
import dk.ddh.hotline.guides.guide.GuideContent;
import dk.ddh.hotline.guides.guide.GuideService;
import dk.ddh.hotline.guides.guide.Revision;
import dk.ddh.hotline.guides.search.SearchResult;
import dk.ddh.hotline.guides.search.SearchScope;
import dk.ddh.hotline.guides.search.SearchService;
import dk.ddh.hotline.support.member.MemberCode;
import dk.ddh.hotline.support.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizens' read API, without login (rate limited at the gateway): published guides written for citizens, for the
 * chatbot and municipal websites. Internal (AGENT) guides and unpublished revisions do not exist here.
 */
@RestController
@RequestMapping("/api/guides/v1/public")
@Tag(name = "Public", description = "Published citizen guides, no login")
class PublicGuideController {

    private final GuideService guides;
    private final SearchService search;

    PublicGuideController(GuideService guides, SearchService search) {
        this.guides = guides;
        this.search = search;
    }

    @GetMapping("/guides/{guideId}")
    @Operation(operationId = "getPublicGuide", summary = "Read a published citizen guide")
    PublicGuide get(@PathVariable UUID guideId) {
        Guide guide = guides.get(guideId);
        Revision live = guide.live()
                .filter(revision -> revision.content().audience() == Audience.CITIZEN)
                .orElseThrow(() -> new NotFoundException("guide", guideId));
        GuideContent content = live.content();
        return new PublicGuide(
                guide.id(),
                guide.owner().toString(),
                live.number(),
                content.title(),
                content.body(),
                content.systems(),
                live.publishedAt());
    }

    @GetMapping("/search")
    @Operation(
            operationId = "searchPublicGuides",
            summary = "Search published citizen guides",
            description = "member: the citizen's municipality (or the region); its guides are searched besides the"
                    + " common ones.")
    SearchResult search(
            @RequestParam @NotBlank @Size(max = 200) String q,
            @RequestParam(required = false) @MemberCode String member,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
        return search.search(
                q, new SearchScope(Optional.ofNullable(member), false, true, Optional.empty()), page, size);
    }

    record PublicGuide(
            UUID guideId,
            String owner,
            int revision,
            String title,
            String body,
            List<String> systems,
            Instant publishedAt) {}
}
