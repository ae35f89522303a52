package dk.ddh.hotline.contracts;

/** One topic exchange per producing service; the routing key is the event type name. */
public final class Exchanges {

    public static final String MEMBERSHIP = "hotline.membership";
    public static final String GUIDES = "hotline.guides";
    public static final String SCHEDULING = "hotline.scheduling";
    public static final String CALL_LOG = "hotline.call-log";
    public static final String ESCALATION = "hotline.escalation";

    private Exchanges() {}
}
