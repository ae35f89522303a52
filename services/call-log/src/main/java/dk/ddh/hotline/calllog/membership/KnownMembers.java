package dk.ddh.hotline.calllog.membership;

import java.util.List;
import java.util.Optional;

/** The members the call log knows from membership's events; lines and agents are joined to contacts as they arrive. */
public interface KnownMembers {

    Optional<KnownMember> find(String memberId);

    /** Every known member, by member id. */
    List<KnownMember> all();
}
