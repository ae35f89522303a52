package dk.ddh.hotline.calllog.statistics;

/** What statistics are broken down by, besides the period. */
public enum Dimension {
    /** All contacts together. */
    TOTAL("'ALL'"),
    /** The member whose citizen called (the dialled line's member). */
    MEMBER("f.member_id"),
    /** GENERAL or HEALTH_APPS, the scope of the dialled line. */
    LINE_SCOPE("f.line_scope"),
    /** Each system the citizen asked about; a contact about two systems counts for both. */
    SYSTEM("f.system"),
    OUTCOME("f.outcome"),
    /** The member whose agent answered. */
    AGENT_MEMBER("f.agent_member_id");

    /** The SQL expression of the group, over the day figures {@code f}. */
    final String expression;

    Dimension(String expression) {
        this.expression = expression;
    }
}
