package dk.ddh.hotline.guides.synonym;

import dk.ddh.hotline.guides.guide.GuideAccess;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/guides/v1/synonyms")
@Tag(name = "Synonyms", description = "The words search treats alike; edited by DDH, used from the next search on")
class SynonymController {

    static final String DDH_EDITORS = "hasRole('DDH_ADMIN')";

    private final SynonymService synonyms;

    SynonymController(SynonymService synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping
    @PreAuthorize(GuideAccess.READERS)
    @Operation(operationId = "listSynonyms", summary = "The synonym groups, by their first phrase, a page at a time")
    PageResponse<SynonymResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return synonyms.page(page, size).map(SynonymResponse::of);
    }

    @PostMapping
    @PreAuthorize(DDH_EDITORS)
    @Operation(
            summary = "Add a synonym group",
            description = "phrases find each other; alsoFinds (optional) makes it one-way: a query naming one of the"
                    + " phrases also finds guides naming one of these, not the reverse.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it", useReturnTypeSchema = true)
    ResponseEntity<SynonymResponse> create(@Valid @RequestBody SynonymRequest request) {
        Synonym created = synonyms.create(
                request.phrases(), request.alsoFindsOrNone(), Caller.current().subject());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location).body(SynonymResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize(DDH_EDITORS)
    @Operation(summary = "Replace a synonym group")
    SynonymResponse replace(@PathVariable UUID id, @Valid @RequestBody SynonymRequest request) {
        return SynonymResponse.of(synonyms.replace(
                id,
                request.phrases(),
                request.alsoFindsOrNone(),
                Caller.current().subject()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(DDH_EDITORS)
    @Operation(summary = "Remove a synonym group")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        synonyms.delete(id, Caller.current().subject());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(DDH_EDITORS)
    @Operation(
            operationId = "synonymHistory",
            summary = "Who changed a synonym group when, and how it read after each change")
    List<SynonymChange> history(@PathVariable UUID id) {
        return synonyms.history(id);
    }

    record SynonymResponse(UUID id, List<String> phrases, List<String> alsoFinds, String changedBy, Instant changedAt) {

        static SynonymResponse of(Synonym synonym) {
            return new SynonymResponse(
                    synonym.id(), synonym.phrases(), synonym.alsoFinds(), synonym.changedBy(), synonym.changedAt());
        }
    }
}
