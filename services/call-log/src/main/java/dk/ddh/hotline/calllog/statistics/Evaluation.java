package dk.ddh.hotline.calllog.statistics;

import dk.ddh.hotline.calllog.membership.KnownMember;
import dk.ddh.hotline.calllog.membership.KnownMembers;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.support.web.PageResponse;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pilot's evaluation: every member's figures per quarter against its baseline quarter, the first full quarter
 * after it joined (its pilot start, or else its first contact).
 */
@Service
@Transactional(readOnly = true)
class Evaluation {

    private final JdbcClient jdbc;
    private final KnownMembers members;
    private final StatisticsProperties properties;
    private final Clock clock;

    Evaluation(JdbcClient jdbc, KnownMembers members, StatisticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A page of {@link #quarters(String)}. Each quarter is measured against its member's baseline, which only the whole
     * of the member's quarters gives, so the page is cut from them: a few quarters per member, not contacts.
     */
    PageResponse<EvaluationRow> quarters(String memberId, int page, int size) {
        List<EvaluationRow> rows = quarters(memberId);
        int from = (int) Math.min((long) page * size, rows.size());
        int to = Math.min(from + size, rows.size());
        return new PageResponse<>(rows.subList(from, to), page, size, rows.size());
    }

    /** Quarters from each member's baseline on; one member's when {@code memberId} is set. */
    List<EvaluationRow> quarters(String memberId) {
        LocalDate thisQuarter = quarterStart(LocalDate.now(clock));
        Map<String, List<Quarter>> perMember = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.member_id,
                               cast(date_trunc('quarter', c.offered_at at time zone 'Europe/Copenhagen') as date)
                                   as quarter_start,
                               min(c.offered_at) as first_offered,
                               count(*) as contacts,
                               count(c.answered_at) as answered,
                               count(*) filter (where c.line_scope = :healthAppsScope
                                   or c.systems && cast(:healthApps as text[])) as health,
                               count(*) filter (where c.outcome = 'RESOLVED' and not c.called_again) as resolved_first,
                               count(*) filter (where c.outcome in ('REFERRED', 'ESCALATED', 'TRANSFERRED'))
                                   as referred
                        from contact c
                        where c.member_id is not null
                          and (cast(:memberId as text) is null or c.member_id = :memberId)
                        group by 1, 2
                        order by 1, 2""")
                .param("healthAppsScope", LineScope.HEALTH_APPS.name())
                .param("healthApps", properties.healthApps().toArray(String[]::new))
                .param("memberId", memberId)
                .query(rs -> {
                    perMember
                            .computeIfAbsent(rs.getString("member_id"), id -> new ArrayList<>())
                            .add(new Quarter(
                                    rs.getObject("quarter_start", LocalDate.class),
                                    rs.getTimestamp("first_offered"),
                                    rs.getLong("contacts"),
                                    rs.getLong("answered"),
                                    rs.getLong("health"),
                                    rs.getLong("resolved_first"),
                                    rs.getLong("referred")));
                });
        List<EvaluationRow> rows = new ArrayList<>();
        perMember.forEach((id, quarters) -> rows.addAll(member(id, quarters, thisQuarter)));
        rows.sort(Comparator.comparing(EvaluationRow::quarter).thenComparing(EvaluationRow::memberId));
        return rows;
    }

    private List<EvaluationRow> member(String memberId, List<Quarter> quarters, LocalDate thisQuarter) {
        Optional<KnownMember> member = members.find(memberId);
        LocalDate joined = member.map(KnownMember::pilotStart)
                .orElseGet(() -> quarters.get(0)
                        .firstOffered()
                        .toInstant()
                        .atZone(StatisticsScope.DANISH_TIME)
                        .toLocalDate());
        LocalDate baselineStart = joined.equals(quarterStart(joined))
                ? joined
                : quarterStart(joined).plusMonths(3);
        Optional<Quarter> baseline = quarters.stream()
                .filter(q -> q.start().equals(baselineStart) && q.start().isBefore(thisQuarter))
                .findFirst();
        String name = member.map(KnownMember::name).orElse(memberId);
        return quarters.stream()
                .filter(q -> !q.start().isBefore(baselineStart))
                .map(q -> q.row(memberId, name, !q.start().equals(thisQuarter), baseline.orElse(null)))
                .toList();
    }

    static LocalDate quarterStart(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    static String label(LocalDate quarterStart) {
        return quarterStart.getYear() + "-Q" + quarterStart.get(IsoFields.QUARTER_OF_YEAR);
    }

    private record Quarter(
            LocalDate start,
            Timestamp firstOffered,
            long contacts,
            long answered,
            long health,
            long resolvedFirst,
            long referred) {

        BigDecimal resolution() {
            return Rates.share(resolvedFirst, answered);
        }

        EvaluationRow row(String memberId, String name, boolean complete, Quarter baseline) {
            return new EvaluationRow(
                    label(start),
                    complete,
                    memberId,
                    name,
                    contacts,
                    answered,
                    health,
                    resolution(),
                    Rates.share(referred, answered),
                    baseline == null ? null : label(baseline.start()),
                    baseline == null ? null : baseline.contacts(),
                    baseline == null ? null : baseline.resolution(),
                    baseline == null ? null : Rates.share(contacts, baseline.contacts()),
                    baseline == null || resolution() == null || baseline.resolution() == null
                            ? null
                            : resolution().subtract(baseline.resolution()));
        }
    }
}
