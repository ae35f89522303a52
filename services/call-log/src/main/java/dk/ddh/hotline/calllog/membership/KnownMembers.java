package dk.ddh.hotline.calllog.membership;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members the call log knows, kept in step with membership's member events. */
@Repository
public class KnownMembers {

    private static final String COLUMNS = "member_id, name, kind, status, pilot_start, pilot_end, payer, sponsor_id";

    private final JdbcClient jdbc;

    KnownMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<KnownMember> find(String memberId) {
        return jdbc.sql("select " + COLUMNS + " from known_member where member_id = :memberId")
                .param("memberId", memberId)
                .query(KnownMember.class)
                .optional();
    }

    public List<KnownMember> all() {
        return jdbc.sql("select " + COLUMNS + " from known_member order by member_id")
                .query(KnownMember.class)
                .list();
    }

    /** Stores the member as of {@code asOf}, unless a newer state of it is stored already. */
    void remember(KnownMember member, Instant asOf) {
        jdbc.sql("""
                        insert into known_member (member_id, name, kind, status, pilot_start, pilot_end, payer,
                            sponsor_id, as_of)
                        values (:memberId, :name, :kind, :status, :pilotStart, :pilotEnd, :payer, :sponsorId, :asOf)
                        on conflict (member_id) do update
                        set name = excluded.name, kind = excluded.kind, status = excluded.status,
                            pilot_start = excluded.pilot_start, pilot_end = excluded.pilot_end,
                            payer = excluded.payer, sponsor_id = excluded.sponsor_id, as_of = excluded.as_of
                        where known_member.as_of <= excluded.as_of""")
                .param("memberId", member.memberId())
                .param("name", member.name())
                .param("kind", member.kind())
                .param("status", member.status())
                .param("pilotStart", date(member.pilotStart()))
                .param("pilotEnd", date(member.pilotEnd()))
                .param("payer", member.payer())
                .param("sponsorId", member.sponsorId())
                .param("asOf", Timestamp.from(asOf))
                .update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
