package dk.ddh.hotline.support.messaging;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.membership.MemberRegistered;
import dk.ddh.hotline.contracts.membership.MemberSnapshot;
import dk.ddh.hotline.contracts.membership.MemberStatusChanged;
import dk.ddh.hotline.contracts.membership.MemberTermsChanged;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import java.util.Optional;

/**
 * Reads membership's member events for a consumer's read model: each carries the member's whole state, so the consumer
 * only needs the snapshot, whatever the event type.
 */
public final class MemberEvents {

    private MemberEvents() {}

    /** The member snapshot of a {@code member.*} event, or empty for any other type. */
    public static Optional<EventEnvelope<MemberSnapshot>> read(EventReader reader, String type, byte[] body) {
        if (MembershipEvents.MEMBER_REGISTERED.name().equals(type)) {
            return Optional.of(reader.read(body, MemberRegistered.class).map(MemberRegistered::member));
        }
        if (MembershipEvents.MEMBER_STATUS_CHANGED.name().equals(type)) {
            return Optional.of(reader.read(body, MemberStatusChanged.class).map(MemberStatusChanged::member));
        }
        if (MembershipEvents.MEMBER_TERMS_CHANGED.name().equals(type)) {
            return Optional.of(reader.read(body, MemberTermsChanged.class).map(MemberTermsChanged::member));
        }
        return Optional.empty();
    }
}
