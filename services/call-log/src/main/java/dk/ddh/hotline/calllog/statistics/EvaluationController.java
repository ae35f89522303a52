package dk.ddh.hotline.calllog.statistics;

import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.Csv;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/call-log/v1/evaluation")
@PreAuthorize("hasAnyRole('MEMBER_ADMIN','SUPERVISOR','REGION_ADMIN','DDH_ADMIN')")
@Tag(name = "Evaluation", description = "Each member's quarters against its baseline, for the pilot's evaluation")
class EvaluationController {

    private final Evaluation evaluation;

    EvaluationController(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @GetMapping
    @Operation(
            summary = "Every quarter from each member's baseline quarter on, by quarter and member, a page at a time")
    PageResponse<EvaluationRow> quarters(
            @RequestParam(required = false) String memberId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return evaluation.quarters(StatisticsAccess.memberFor(Caller.current(), memberId), page, size);
    }

    @GetMapping("/export")
    @Operation(operationId = "exportEvaluation", summary = "The same as a CSV file")
    ResponseEntity<String> export(@RequestParam(required = false) String memberId) {
        return Csv.file(
                "evaluation.csv",
                EvaluationRow.class,
                evaluation.quarters(StatisticsAccess.memberFor(Caller.current(), memberId)));
    }
}
