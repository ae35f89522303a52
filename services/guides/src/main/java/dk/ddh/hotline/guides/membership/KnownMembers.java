package dk.ddh.hotline.guides.membership;

import dk.ddh.hotline.support.messaging.LatestStates;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The known_member table: the guides service's read model of membership's members. */
@Repository
class KnownMembers {

    private final LatestStates<KnownMember> members;

    KnownMembers(JdbcClient jdbc) {
        this.members = new LatestStates<>(jdbc, "known_member", KnownMember.class);
    }

    void remember(KnownMember member, Instant asOf) {
        members.remember(member, asOf);
    }

    Optional<KnownMember> find(String memberId) {
        return members.find(memberId);
    }
}
