package dk.ddh.hotline.calllog.cost;

import dk.ddh.hotline.contracts.Role;
import dk.ddh.hotline.support.problem.ForbiddenException;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.Csv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/call-log/v1/costs")
@PreAuthorize("hasAnyRole('MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')")
@Tag(name = "Costs", description = "Usage and cost per member and month, and who pays it")
class CostController {

    private final CostAllocation allocation;
    private final PilotBudgets pilots;

    CostController(CostAllocation allocation, PilotBudgets pilots) {
        this.allocation = allocation;
        this.pilots = pilots;
    }

    @GetMapping
    @Operation(
            summary = "Cost lines of a month and the total per payer",
            description = "DDH and the region see every member; a member's admins their own member's lines and what "
                    + "it pays.")
    MonthlyCosts month(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        List<CostLine> lines = visible(allocation.months(month, month));
        Map<String, BigDecimal> perPayer = new TreeMap<>();
        lines.forEach(line -> perPayer.merge(line.payerId(), line.total(), BigDecimal::add));
        return new MonthlyCosts(month, lines, perPayer);
    }

    @GetMapping("/export")
    @Operation(operationId = "exportCosts", summary = "The cost lines of a month as a CSV file")
    ResponseEntity<String> export(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return Csv.file("costs-" + month + ".csv", CostLine.class, visible(allocation.months(month, month)));
    }

    @GetMapping("/pilots/{sponsorId}")
    @Operation(summary = "What a sponsor has paid for its pilots, month by month, against its budget")
    PilotSpending pilot(@PathVariable String sponsorId) {
        Caller caller = Caller.current();
        if (!caller.hasRole(Role.DDH_ADMIN) && !caller.worksFor(sponsorId)) {
            throw new ForbiddenException("Only DDH and the sponsor see its pilot spending");
        }
        return pilots.spending(sponsorId);
    }

    private static List<CostLine> visible(List<CostLine> lines) {
        Caller caller = Caller.current();
        if (caller.hasAnyRole(Role.DDH_ADMIN, Role.REGION_ADMIN)) {
            return lines;
        }
        return lines.stream()
                .filter(line -> caller.worksFor(line.memberId()) || caller.worksFor(line.payerId()))
                .toList();
    }

    /** @param perPayer the month's total per payer (member code), DKK */
    record MonthlyCosts(YearMonth month, List<CostLine> lines, Map<String, BigDecimal> perPayer) {}
}
