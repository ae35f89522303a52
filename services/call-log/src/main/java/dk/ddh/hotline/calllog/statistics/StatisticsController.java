package dk.ddh.hotline.calllog.statistics;

import dk.ddh.hotline.support.problem.InvalidRequestException;
import dk.ddh.hotline.support.security.Caller;
import dk.ddh.hotline.support.web.Csv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/call-log/v1/statistics")
@PreAuthorize("hasAnyRole('MEMBER_ADMIN','SUPERVISOR','REGION_ADMIN','DDH_ADMIN')")
@Tag(name = "Statistics", description = "Volume, waiting, handling and outcomes for daily operations")
class StatisticsController {

    private final Statistics statistics;
    private final StatisticsProperties properties;

    StatisticsController(Statistics statistics, StatisticsProperties properties) {
        this.statistics = statistics;
        this.properties = properties;
    }

    @GetMapping
    @Operation(
            summary = "Figures per period and group",
            description = "Days are Danish time, from and to both included. A member's admins get their own member's.")
    StatisticsReport figures(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "MONTH") Period period,
            @RequestParam(defaultValue = "TOTAL") Dimension by,
            @RequestParam(required = false) String memberId) {
        StatisticsScope scope = scope(from, to, memberId);
        return new StatisticsReport(
                from,
                to,
                scope.memberId(),
                period,
                by,
                properties.serviceLevelThreshold().toSeconds(),
                statistics.figures(scope, period, by));
    }

    @GetMapping("/export")
    @Operation(operationId = "exportStatistics", summary = "The same figures as a CSV file")
    ResponseEntity<String> export(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "MONTH") Period period,
            @RequestParam(defaultValue = "TOTAL") Dimension by,
            @RequestParam(required = false) String memberId) {
        StatisticsScope scope = scope(from, to, memberId);
        String name =
                "contacts-%s-%s-%s-by-%s.csv".formatted(from, to, period, by).toLowerCase(java.util.Locale.ROOT);
        return Csv.file(name, StatisticsRow.class, statistics.figures(scope, period, by));
    }

    @GetMapping("/heat-map")
    @Operation(summary = "Contacts offered per hour of the week (Danish time), for staffing")
    List<HeatMapCell> heatMap(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String memberId) {
        return statistics.heatMap(scope(from, to, memberId));
    }

    private StatisticsScope scope(LocalDate from, LocalDate to, String memberId) {
        if (from.isAfter(to)) {
            throw new InvalidRequestException(
                    "invalid-range", "'from' must not be after 'to'", Map.of("from", from, "to", to));
        }
        Duration range = Duration.ofDays(to.toEpochDay() - from.toEpochDay() + 1);
        if (range.compareTo(properties.longestRange()) > 0) {
            throw new InvalidRequestException(
                    "invalid-range",
                    "One request covers at most " + properties.longestRange().toDays() + " days",
                    Map.of("from", from, "to", to));
        }
        return new StatisticsScope(from, to, StatisticsAccess.memberFor(Caller.current(), memberId));
    }

    /** The figures with what they were counted over. */
    record StatisticsReport(
            LocalDate from,
            LocalDate to,
            String memberId,
            Period period,
            Dimension by,
            long serviceLevelThresholdSeconds,
            List<StatisticsRow> rows) {}
}
