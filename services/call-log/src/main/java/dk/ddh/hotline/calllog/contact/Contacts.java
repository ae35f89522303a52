package dk.ddh.hotline.calllog.contact;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts in PostgreSQL. */
@Repository
class Contacts {

    private static final String COLUMNS = "id, call_id, channel, dialled_number, member_id, line_scope, unknown_number,"
            + " agent, agent_member_id, offered_at, answered_at, ended_at, outcome, systems, guide_ids, notes, closed_at";

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the contact unless one with its call id exists; whether it was inserted. */
    boolean insert(Contact contact, String lineId, String callerHash) {
        return jdbc.sql("""
                        insert into contact (id, call_id, channel, dialled_number, line_id, member_id, line_scope,
                            unknown_number, caller_hash, agent, agent_member_id, offered_at, answered_at)
                        values (:id, :callId, :channel, :dialledNumber, :lineId, :memberId, :lineScope,
                            :unknownNumber, :callerHash, :agent, :agentMemberId, :offeredAt, :answeredAt)
                        on conflict (call_id) do nothing""")
                        .param("id", contact.id())
                        .param("callId", contact.callId())
                        .param("channel", contact.channel().name())
                        .param("dialledNumber", contact.dialledNumber())
                        .param("lineId", lineId)
                        .param("memberId", contact.memberId())
                        .param("lineScope", contact.lineScope())
                        .param("unknownNumber", contact.unknownNumber())
                        .param("callerHash", callerHash)
                        .param("agent", contact.agent())
                        .param("agentMemberId", contact.agentMemberId())
                        .param("offeredAt", timestamp(contact.offeredAt()))
                        .param("answeredAt", timestamp(contact.answeredAt()))
                        .update()
                == 1;
    }

    /** Marks the caller's earlier contacts within the window as followed by another call. */
    void calledAgain(String callerHash, Instant at, java.time.Duration window) {
        jdbc.sql("""
                        update contact set called_again = true
                        where caller_hash = :callerHash and offered_at < :at and offered_at >= :since
                          and not called_again""")
                .param("callerHash", callerHash)
                .param("at", timestamp(at))
                .param("since", timestamp(at.minus(window)))
                .update();
    }

    Optional<Contact> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from contact where id = :id")
                .param("id", id)
                .query(Contacts::contact)
                .optional();
    }

    /** The contact, locked until the transaction ends: concurrent changes of one contact happen one after another. */
    Optional<Contact> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from contact where id = :id for update")
                .param("id", id)
                .query(Contacts::contact)
                .optional();
    }

    /** The agent's contacts not wrapped up yet, oldest first. */
    List<Contact> openOf(String agent) {
        return jdbc.sql("select " + COLUMNS
                        + " from contact where agent = :agent and closed_at is null order by offered_at")
                .param("agent", agent)
                .query(Contacts::contact)
                .list();
    }

    Optional<Contact> findByCall(String callId) {
        return jdbc.sql("select " + COLUMNS + " from contact where call_id = :callId for update")
                .param("callId", callId)
                .query(Contacts::contact)
                .optional();
    }

    /** The first answer counts: the agent and time of a repeated answer change nothing. */
    void answered(UUID id, Instant at, String agent, String agentMemberId) {
        jdbc.sql("""
                        update contact set answered_at = :at, agent = coalesce(agent, :agent),
                            agent_member_id = coalesce(agent_member_id, :agentMemberId)
                        where id = :id and answered_at is null""")
                .param("id", id)
                .param("at", timestamp(at))
                .param("agent", agent)
                .param("agentMemberId", agentMemberId)
                .update();
    }

    void ended(UUID id, Instant at) {
        jdbc.sql("update contact set ended_at = :at where id = :id and ended_at is null")
                .param("id", id)
                .param("at", timestamp(at))
                .update();
    }

    void closed(UUID id, WrapUp wrapUp, String agent, String agentMemberId, Instant at) {
        jdbc.sql("""
                        update contact set outcome = :outcome, systems = :systems, guide_ids = :guideIds,
                            notes = :notes, closed_at = :at, agent = coalesce(agent, :agent),
                            agent_member_id = coalesce(agent_member_id, :agentMemberId)
                        where id = :id""")
                .param("id", id)
                .param("outcome", wrapUp.outcome().name())
                .param("systems", wrapUp.systems().toArray(String[]::new))
                .param("guideIds", wrapUp.guideIds().toArray(String[]::new))
                .param("notes", wrapUp.notes())
                .param("at", timestamp(at))
                .param("agent", agent)
                .param("agentMemberId", agentMemberId)
                .update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getString("call_id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("dialled_number"),
                rs.getString("member_id"),
                rs.getString("line_scope"),
                rs.getBoolean("unknown_number"),
                rs.getString("agent"),
                rs.getString("agent_member_id"),
                instant(rs, "offered_at"),
                instant(rs, "answered_at"),
                instant(rs, "ended_at"),
                outcome == null ? null : Outcome.valueOf(outcome),
                strings(rs.getArray("systems")),
                strings(rs.getArray("guide_ids")),
                rs.getString("notes"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
