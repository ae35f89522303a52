package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.Payer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members table. Updates are optimistic: a concurrent change of the same member makes the later one fail. */
@Repository
class Members {

    private static final String COLUMNS = "id, name, kind, status, pilot_start, pilot_end, payer, sponsor_id,"
            + " onboarding_wave, committed_hours_per_week, version, registered_at";

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Member member) {
        MemberTerms terms = member.terms();
        jdbc.sql("insert into member (" + COLUMNS + ")"
                        + " values (:id, :name, :kind, :status, :pilotStart, :pilotEnd, :payer, :sponsorId,"
                        + " :wave, :hours, 0, :registeredAt)")
                .param("id", member.id())
                .param("name", member.name())
                .param("kind", member.kind().name())
                .param("status", member.status().name())
                .param("pilotStart", terms.pilotStart())
                .param("pilotEnd", terms.pilotEnd())
                .param("payer", terms.payer().name())
                .param("sponsorId", terms.sponsorId())
                .param("wave", terms.onboardingWave())
                .param("hours", terms.committedHoursPerWeek())
                .param("registeredAt", Timestamp.from(member.registeredAt()))
                .update();
    }

    void update(Member member) {
        MemberTerms terms = member.terms();
        int updated = jdbc.sql("update member set status = :status, pilot_start = :pilotStart, pilot_end = :pilotEnd,"
                        + " payer = :payer, sponsor_id = :sponsorId, onboarding_wave = :wave,"
                        + " committed_hours_per_week = :hours, version = version + 1"
                        + " where id = :id and version = :version")
                .param("id", member.id())
                .param("version", member.version())
                .param("status", member.status().name())
                .param("pilotStart", terms.pilotStart())
                .param("pilotEnd", terms.pilotEnd())
                .param("payer", terms.payer().name())
                .param("sponsorId", terms.sponsorId())
                .param("wave", terms.onboardingWave())
                .param("hours", terms.committedHoursPerWeek())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Member " + member.id() + " was changed concurrently");
        }
    }

    Optional<Member> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from member where id = :id")
                .param("id", id)
                .query(Members::map)
                .optional();
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from member where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from member)")
                .query(Boolean.class)
                .single();
    }

    List<Member> find(MemberStatus status, MemberKind kind, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from member"
                        + " where (cast(:status as varchar) is null or status = :status)"
                        + " and (cast(:kind as varchar) is null or kind = :kind)"
                        + " order by id limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("kind", kind == null ? null : kind.name())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Members::map)
                .list();
    }

    long count(MemberStatus status, MemberKind kind) {
        return jdbc.sql("select count(*) from member"
                        + " where (cast(:status as varchar) is null or status = :status)"
                        + " and (cast(:kind as varchar) is null or kind = :kind)")
                .param("status", status == null ? null : status.name())
                .param("kind", kind == null ? null : kind.name())
                .query(Long.class)
                .single();
    }

    /** Ids of sponsored members whose pilot's last day lies before {@code today}. */
    List<String> sponsoredWithPilotEndedBefore(LocalDate today) {
        return jdbc.sql("select id from member where payer = 'SPONSOR' and pilot_end < :today order by id")
                .param("today", today)
                .query(String.class)
                .list();
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        Integer wave = rs.getObject("onboarding_wave", Integer.class);
        MemberTerms terms = new MemberTerms(
                rs.getObject("pilot_start", LocalDate.class),
                rs.getObject("pilot_end", LocalDate.class),
                Payer.valueOf(rs.getString("payer")),
                rs.getString("sponsor_id"),
                wave,
                rs.getBigDecimal("committed_hours_per_week"));
        return new Member(
                rs.getString("id"),
                rs.getString("name"),
                MemberKind.valueOf(rs.getString("kind")),
                MemberStatus.valueOf(rs.getString("status")),
                terms,
                rs.getTimestamp("registered_at").toInstant(),
                rs.getInt("version"));
    }
}
