package dk.ddh.hotline.contracts.calllog;

import dk.ddh.hotline.contracts.EventType;

/** The events the call-log service publishes on {@link dk.ddh.hotline.contracts.Exchanges#CALL_LOG}. */
public final class CallLogEvents {

    public static final String SOURCE = "/hotline/call-log";

    /** Data: {@link ContactClosed}: a contact is over and wrapped up. */
    public static final EventType CONTACT_CLOSED = new EventType("contact.closed", 1);

    private CallLogEvents() {}
}
