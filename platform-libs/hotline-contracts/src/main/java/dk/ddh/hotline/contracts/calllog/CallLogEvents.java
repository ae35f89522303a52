package dk.ddh.hotline.contracts.calllog;

import dk.ddh.hotline.contracts.EventType;

/** The events the call-log service publishes on {@link dk.ddh.hotline.contracts.Exchanges#CALL_LOG}. */
public final class CallLogEvents {

    public static final String SOURCE = "/hotline/call-log";

    /** An agent answered a call; the agent's console shows it live. */
    public static final EventType<ContactAnswered> CONTACT_ANSWERED =
            new EventType<>("contact.answered", 1, ContactAnswered.class);

    /** A contact is over and wrapped up. */
    public static final EventType<ContactClosed> CONTACT_CLOSED =
            new EventType<>("contact.closed", 1, ContactClosed.class);

    private CallLogEvents() {}
}
