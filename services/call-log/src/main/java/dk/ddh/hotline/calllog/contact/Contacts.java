package dk.ddh.hotline.calllog.contact;

import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.support.web.PageResponse;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts in PostgreSQL. */
@Repository
class Contacts {

    /**
     * A contact's columns, and whether the same caller had another contact offered within the repeat-call window before
     * it: counted from the contacts as they are, so it holds for calls reported out of order and for bulk-loaded ones.
     * Statements with them are {@link #reading}, which binds the window.
     */
    private static final String COLUMNS = """
            id, call_id, channel, dialled_number, member_id, line_scope, unknown_number, agent, agent_member_id,
            offered_at, answered_at, ended_at, outcome, systems, guide_ids, notes, closed_at,
            exists (select 1 from contact earlier
                    where earlier.caller_hash = contact.caller_hash and earlier.offered_at < contact.offered_at
                      and earlier.offered_at >= contact.offered_at - make_interval(secs => :repeatCallWindow)
            ) as repeat_caller""";

    private final JdbcClient jdbc;
    private final long repeatCallWindowSeconds;

    Contacts(JdbcClient jdbc, CallLogProperties properties) {
        this.jdbc = jdbc;
        this.repeatCallWindowSeconds = properties.repeatCallWindow().toSeconds();
    }

    /** Inserts a contact an agent records by hand. */
    void insert(Contact contact) {
        jdbc.sql("""
                        insert into contact (id, channel, member_id, agent, agent_member_id, offered_at, answered_at)
                        values (:id, :channel, :memberId, :agent, :agentMemberId, :offeredAt, :answeredAt)""")
                .param("id", contact.id())
                .param("channel", contact.channel().name())
                .param("memberId", contact.memberId())
                .param("agent", contact.agent())
                .param("agentMemberId", contact.agentMemberId())
                .param("offeredAt", timestamp(contact.offeredAt()))
                .param("answeredAt", timestamp(contact.answeredAt()))
                .update();
    }

    /**
     * Records an offered call with the member and scope of the line its number belongs to (flagged unknown when no line
     * has it), unless the call id is recorded already; the new contact, or empty when it existed.
     */
    Optional<Contact> offer(UUID id, String callId, String dialledNumber, Instant at, String callerHash) {
        return reading("""
                        insert into contact (id, call_id, channel, dialled_number, line_id, member_id, line_scope,
                            unknown_number, caller_hash, offered_at)
                        select :id, :callId, 'PHONE', :dialledNumber, line.line_id, line.member_id, line.scope,
                            line.line_id is null, :callerHash, :offeredAt
                        from (select 1) call left join known_line line on line.number = :dialledNumber
                        on conflict (call_id) do nothing
                        returning\s""" + COLUMNS)
                .param("id", id)
                .param("callId", callId)
                .param("dialledNumber", dialledNumber)
                .param("callerHash", callerHash)
                .param("offeredAt", timestamp(at))
                .query(Contacts::contact)
                .optional();
    }

    /** Marks the caller's earlier contacts within the window as followed by another call. */
    void calledAgain(String callerHash, Instant at, Duration window) {
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
        return reading("select " + COLUMNS + " from contact where id = :id")
                .param("id", id)
                .query(Contacts::contact)
                .optional();
    }

    /** The contact, locked until the transaction ends: concurrent changes of one contact happen one after another. */
    Optional<Contact> lock(UUID id) {
        return reading("select " + COLUMNS + " from contact where id = :id for update")
                .param("id", id)
                .query(Contacts::contact)
                .optional();
    }

    /** The contact of the call, locked like {@link #lock}. */
    Optional<Contact> lockCall(String callId) {
        return reading("select " + COLUMNS + " from contact where call_id = :callId for update")
                .param("callId", callId)
                .query(Contacts::contact)
                .optional();
    }

    /** The agent's contacts not wrapped up yet, oldest first. */
    /** A page of the agent's contacts still to be wrapped up, oldest offer first. */
    PageResponse<Contact> openOf(String agent, int page, int size) {
        List<Contact> items = reading("select " + COLUMNS
                        + " from contact where agent = :agent and closed_at is null order by offered_at, id"
                        + " limit :limit offset :offset")
                .param("agent", agent)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Contacts::contact)
                .list();
        long total = jdbc.sql("select count(*) from contact where agent = :agent and closed_at is null")
                .param("agent", agent)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, page, size, total);
    }

    /**
     * {@link Contact#answer} in one statement for a call waiting to be answered: the answered contact, or empty when
     * the call is unknown, answered or ended already, or was offered after {@code at} (then the contact decides). The
     * agent's member is the one given, else the one membership announced for the agent.
     */
    Optional<Contact> answer(String callId, Instant at, String agent, String agentMemberId) {
        return reading("""
                        update contact set answered_at = :at, agent = :agent,
                            agent_member_id = coalesce(:agentMemberId,
                                (select member_id from known_agent where agent_id = :agent))
                        where call_id = :callId and answered_at is null and ended_at is null and offered_at <= :at
                        returning\s""" + COLUMNS)
                .param("callId", callId)
                .param("at", timestamp(at))
                .param("agent", agent)
                .param("agentMemberId", agentMemberId)
                .query(Contacts::contact)
                .optional();
    }

    /**
     * {@link Contact#end} in one statement for an answered call: the ended contact, or empty when the call is unknown,
     * unanswered or ended already, or was answered after {@code at} (then the contact decides).
     */
    Optional<Contact> end(String callId, Instant at) {
        return reading("""
                        update contact set ended_at = :at
                        where call_id = :callId and ended_at is null and answered_at <= :at
                        returning\s""" + COLUMNS)
                .param("callId", callId)
                .param("at", timestamp(at))
                .query(Contacts::contact)
                .optional();
    }

    /** The member the agent works for, as membership announced it (an answer {@link #answer} did not take). */
    Optional<String> memberOfAgent(String agent) {
        return jdbc.sql("select member_id from known_agent where agent_id = :agent")
                .param("agent", agent)
                .query(String.class)
                .optional();
    }

    /** Stores what may change in a contact's life: its agent, times and wrap-up. */
    void save(Contact contact) {
        WrapUp wrapUp = contact.wrapUp();
        jdbc.sql("""
                        update contact set agent = :agent, agent_member_id = :agentMemberId, answered_at = :answeredAt,
                            ended_at = :endedAt, outcome = :outcome, systems = :systems, guide_ids = :guideIds,
                            notes = :notes, closed_at = :closedAt
                        where id = :id""")
                .param("id", contact.id())
                .param("agent", contact.agent())
                .param("agentMemberId", contact.agentMemberId())
                .param("answeredAt", timestamp(contact.answeredAt()))
                .param("endedAt", timestamp(contact.endedAt()))
                .param("outcome", wrapUp == null ? null : wrapUp.outcome().name())
                .param("systems", (wrapUp == null ? List.<String>of() : wrapUp.systems()).toArray(String[]::new))
                .param("guideIds", (wrapUp == null ? List.<String>of() : wrapUp.guideIds()).toArray(String[]::new))
                .param("notes", wrapUp == null ? null : wrapUp.notes())
                .param("closedAt", timestamp(contact.closedAt()))
                .update();
    }

    /** A statement that returns contacts: their {@link #COLUMNS} count repeat calls within the configured window. */
    private JdbcClient.StatementSpec reading(String sql) {
        return jdbc.sql(sql).param("repeatCallWindow", repeatCallWindowSeconds);
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
                rs.getBoolean("repeat_caller"),
                instant(rs, "offered_at"),
                rs.getString("dialled_number"),
                rs.getString("member_id"),
                lineScope(rs.getString("line_scope")),
                rs.getBoolean("unknown_number"),
                rs.getString("agent"),
                rs.getString("agent_member_id"),
                instant(rs, "answered_at"),
                instant(rs, "ended_at"),
                outcome == null
                        ? null
                        : new WrapUp(
                                Outcome.valueOf(outcome),
                                strings(rs.getArray("systems")),
                                strings(rs.getArray("guide_ids")),
                                rs.getString("notes")),
                instant(rs, "closed_at"));
    }

    private static LineScope lineScope(String name) {
        return name == null ? null : LineScope.valueOf(name);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
