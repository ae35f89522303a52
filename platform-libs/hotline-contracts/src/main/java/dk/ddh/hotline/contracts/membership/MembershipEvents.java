package dk.ddh.hotline.contracts.membership;

import dk.ddh.hotline.contracts.EventType;

/** The events the membership service publishes on {@link dk.ddh.hotline.contracts.Exchanges#MEMBERSHIP}. */
public final class MembershipEvents {

    public static final String SOURCE = "/hotline/membership";

    /** Data: {@link MemberRegistered}. */
    public static final EventType MEMBER_REGISTERED = new EventType("member.registered", 1);
    /** Data: {@link MemberStatusChanged}. */
    public static final EventType MEMBER_STATUS_CHANGED = new EventType("member.status-changed", 1);
    /** Data: {@link MemberTermsChanged}: pilot period, payer, wave or committed hours changed. */
    public static final EventType MEMBER_TERMS_CHANGED = new EventType("member.terms-changed", 1);

    /** Data: {@link LineRegistered}. */
    public static final EventType LINE_REGISTERED = new EventType("line.registered", 1);
    /** Data: {@link LineChanged}. */
    public static final EventType LINE_CHANGED = new EventType("line.changed", 1);
    /** Data: {@link LineRemoved}. */
    public static final EventType LINE_REMOVED = new EventType("line.removed", 1);

    /** Data: {@link AgentRegistered}. */
    public static final EventType AGENT_REGISTERED = new EventType("agent.registered", 1);
    /** Data: {@link AgentChanged}: name, email or active flag changed. */
    public static final EventType AGENT_CHANGED = new EventType("agent.changed", 1);

    private MembershipEvents() {}
}
