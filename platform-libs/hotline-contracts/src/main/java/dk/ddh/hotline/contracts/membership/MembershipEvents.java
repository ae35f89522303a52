package dk.ddh.hotline.contracts.membership;

import dk.ddh.hotline.contracts.EventType;
import java.util.List;

/** The events the membership service publishes on {@link dk.ddh.hotline.contracts.Exchanges#MEMBERSHIP}. */
public final class MembershipEvents {

    public static final String SOURCE = "/hotline/membership";

    public static final EventType<MemberRegistered> MEMBER_REGISTERED =
            new EventType<>("member.registered", 1, MemberRegistered.class);
    public static final EventType<MemberStatusChanged> MEMBER_STATUS_CHANGED =
            new EventType<>("member.status-changed", 1, MemberStatusChanged.class);
    /** Pilot period, payer, wave or committed hours changed. */
    public static final EventType<MemberTermsChanged> MEMBER_TERMS_CHANGED =
            new EventType<>("member.terms-changed", 1, MemberTermsChanged.class);

    public static final EventType<LineRegistered> LINE_REGISTERED =
            new EventType<>("line.registered", 1, LineRegistered.class);
    public static final EventType<LineChanged> LINE_CHANGED = new EventType<>("line.changed", 1, LineChanged.class);
    public static final EventType<LineRemoved> LINE_REMOVED = new EventType<>("line.removed", 1, LineRemoved.class);

    public static final EventType<AgentRegistered> AGENT_REGISTERED =
            new EventType<>("agent.registered", 1, AgentRegistered.class);
    /** Name, email or active flag changed. */
    public static final EventType<AgentChanged> AGENT_CHANGED = new EventType<>("agent.changed", 1, AgentChanged.class);

    /** Every event with a member's new state. */
    public static final List<EventType<? extends MemberEvent>> MEMBER_STATES =
            List.of(MEMBER_REGISTERED, MEMBER_STATUS_CHANGED, MEMBER_TERMS_CHANGED);
    /** Every event with a line's new state; {@link #LINE_REMOVED} ends the line instead. */
    public static final List<EventType<? extends LineEvent>> LINE_STATES = List.of(LINE_REGISTERED, LINE_CHANGED);
    /** Every event with an agent's new state. */
    public static final List<EventType<? extends AgentEvent>> AGENT_STATES = List.of(AGENT_REGISTERED, AGENT_CHANGED);

    private MembershipEvents() {}
}
