package dk.ddh.hotline.calllog.membership;

import dk.ddh.hotline.support.messaging.LatestStates;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The call log's read models of membership: members ({@code known_member}), lines ({@code known_line}: dialled number
 * to member and scope) and agents ({@code known_agent}: an agent's member), each row the newest state announced.
 */
@Repository
class MembershipReadModel implements KnownMembers {

    private final JdbcClient jdbc;
    private final LatestStates<KnownMember> members;
    private final LatestStates<KnownLine> lines;
    private final LatestStates<KnownAgent> agents;

    MembershipReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.members = new LatestStates<>(jdbc, "known_member", KnownMember.class);
        this.lines = new LatestStates<>(jdbc, "known_line", KnownLine.class);
        this.agents = new LatestStates<>(jdbc, "known_agent", KnownAgent.class);
    }

    @Override
    public Optional<KnownMember> find(String memberId) {
        return members.find(memberId);
    }

    @Override
    public List<KnownMember> all() {
        return members.all();
    }

    void remember(KnownMember member, Instant asOf) {
        members.remember(member, asOf);
    }

    void remember(KnownAgent agent, Instant asOf) {
        agents.remember(agent, asOf);
    }

    void remember(KnownLine line, Instant asOf) {
        if (lines.newerStored(line.lineId(), asOf)) {
            return;
        }
        // A number moves between lines only through removal or change, both announced: the older holder goes first.
        jdbc.sql("delete from known_line where number = :number and line_id <> :lineId")
                .param("number", line.number())
                .param("lineId", line.lineId())
                .update();
        lines.remember(line, asOf);
    }

    void forgetLine(String lineId, Instant asOf) {
        lines.forget(lineId, asOf);
    }
}
