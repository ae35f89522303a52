package dk.ddh.hotline.guides.search;

import dk.ddh.hotline.guides.guide.GuideAccess;
import dk.ddh.hotline.support.member.MemberCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Danish full-text search over published guides, for agents mid-call")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/guides/v1/search")
    @PreAuthorize(GuideAccess.READERS)
    @Operation(
            operationId = "searchGuides",
            summary = "Search published guides",
            description = "member: the member whose citizen is calling; common guides plus that member's own are"
                    + " searched (without it: common guides only). allMembers=true searches every member's guides.")
    SearchResult search(
            @RequestParam @NotBlank @Size(max = 200) String q,
            @RequestParam(required = false) @MemberCode String member,
            @RequestParam(defaultValue = "false") boolean allMembers,
            @RequestParam(required = false) @Size(max = 60) String system,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
        SearchScope scope =
                new SearchScope(Optional.ofNullable(member), allMembers, false, Optional.ofNullable(system));
        return search.search(q, scope, page, size);
    }
}
