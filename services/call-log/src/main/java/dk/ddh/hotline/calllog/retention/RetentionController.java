package dk.ddh.hotline.calllog.retention;

import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/call-log/v1/retention/runs")
@PreAuthorize("hasRole('DDH_ADMIN')")
@Tag(name = "Retention", description = "Erasing notes and reducing old contacts, and the record of every run")
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @GetMapping
    @Operation(summary = "The recorded runs, newest first, a page at a time")
    PageResponse<RetentionRun> runs(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return retention.runs(page, size);
    }

    @PostMapping
    @Operation(summary = "Run retention now (after changing the retention periods, or when a nightly run failed)")
    RetentionRun runNow() {
        return retention
                .run(Caller.current().subject())
                .orElseThrow(() -> new ConflictException(
                        "retention-running", "Retention is running already; try again in a minute", Map.of()));
    }
}
