package dk.ddh.hotline.calllog.statistics;

import dk.ddh.hotline.calllog.membership.KnownMember;
import dk.ddh.hotline.calllog.membership.KnownMembers;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.support.web.PageResponse;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
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

    /**
     * Each member's quarters with figures and its baseline quarter's beside them. The baseline is the first full
     * quarter from the member's pilot start (from membership), else from its first contact; it counts only once
     * it is over.
     */
    private static final String QUARTERS = """
            with quarter as (
                select c.member_id,
                       cast(date_trunc('quarter', c.offered_at at time zone 'Europe/Copenhagen') as date) as quarter_start,
                       min(c.offered_at) as first_offered,
                       count(*) as contacts,
                       count(c.answered_at) as answered,
                       count(*) filter (where c.line_scope = :healthAppsScope
                           or c.systems && cast(:healthApps as text[])) as health,
                       count(*) filter (where c.outcome = 'RESOLVED' and not c.called_again) as resolved_first,
                       count(*) filter (where c.outcome in ('REFERRED', 'ESCALATED', 'TRANSFERRED')) as referred
                from contact c
                where c.member_id is not null
                  and (cast(:memberId as text) is null or c.member_id = :memberId)
                group by 1, 2),
            joined as (
                select q.member_id,
                       coalesce(pilot.pilot_start,
                           cast(min(q.first_offered) at time zone 'Europe/Copenhagen' as date)) as joined
                from quarter q
                left join unnest(cast(:pilotMembers as text[]), cast(:pilotStarts as date[]))
                    as pilot(member_id, pilot_start) on pilot.member_id = q.member_id
                group by q.member_id, pilot.pilot_start),
            baseline as (
                select member_id,
                       case when joined = cast(date_trunc('quarter', joined) as date) then joined
                            else cast(date_trunc('quarter', joined) + interval '3 months' as date)
                       end as baseline_start
                from joined),
            evaluated as (
                select q.*, b.contacts as baseline_contacts, b.answered as baseline_answered,
                       b.resolved_first as baseline_resolved_first, b.quarter_start as baseline_quarter
                from quarter q
                join baseline using (member_id)
                left join quarter b on b.member_id = q.member_id and b.quarter_start = baseline.baseline_start
                    and b.quarter_start < :thisQuarter
                where q.quarter_start >= baseline.baseline_start)
            """;

    private static final String IN_ORDER = "select * from evaluated order by quarter_start, member_id collate \"C\"";

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

    /** A page of {@link #quarters(String)}, paged in the database. */
    PageResponse<EvaluationRow> quarters(String memberId, int page, int size) {
        List<EvaluationRow> rows = select(memberId, IN_ORDER + " limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(this::row)
                .list();
        long total = select(memberId, "select count(*) from evaluated")
                .query(Long.class)
                .single();
        return new PageResponse<>(rows, page, size, total);
    }

    /** Quarters from each member's baseline on, by quarter and member; one member's when {@code memberId} is set. */
    List<EvaluationRow> quarters(String memberId) {
        return select(memberId, IN_ORDER).query(this::row).list();
    }

    private JdbcClient.StatementSpec select(String memberId, String select) {
        List<KnownMember> pilots = members.all().stream()
                .filter(member -> member.pilotStart() != null)
                .toList();
        return jdbc.sql(QUARTERS + select)
                .param("healthAppsScope", LineScope.HEALTH_APPS.name())
                .param("healthApps", properties.healthApps().toArray(String[]::new))
                .param("memberId", memberId)
                .param(
                        "pilotMembers",
                        pilots.stream().map(KnownMember::memberId).toArray(String[]::new))
                .param(
                        "pilotStarts",
                        pilots.stream()
                                .map(member -> member.pilotStart().toString())
                                .toArray(String[]::new))
                .param("thisQuarter", quarterStart(LocalDate.now(clock)));
    }

    private EvaluationRow row(ResultSet rs, int rowNumber) throws SQLException {
        String memberId = rs.getString("member_id");
        LocalDate start = rs.getObject("quarter_start", LocalDate.class);
        LocalDate baselineQuarter = rs.getObject("baseline_quarter", LocalDate.class);
        Quarter quarter = new Quarter(
                start,
                rs.getLong("contacts"),
                rs.getLong("answered"),
                rs.getLong("health"),
                rs.getLong("resolved_first"),
                rs.getLong("referred"));
        Quarter baseline = baselineQuarter == null
                ? null
                : new Quarter(
                        baselineQuarter,
                        rs.getLong("baseline_contacts"),
                        rs.getLong("baseline_answered"),
                        0,
                        rs.getLong("baseline_resolved_first"),
                        0);
        String name = members.find(memberId).map(KnownMember::name).orElse(memberId);
        return quarter.row(memberId, name, !start.equals(quarterStart(LocalDate.now(clock))), baseline);
    }

    static LocalDate quarterStart(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    static String label(LocalDate quarterStart) {
        return quarterStart.getYear() + "-Q" + quarterStart.get(IsoFields.QUARTER_OF_YEAR);
    }

    private record Quarter(
            LocalDate start, long contacts, long answered, long health, long resolvedFirst, long referred) {

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
