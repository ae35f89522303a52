package dk.ddh.hotline.calllog.statistics;

/** What statistics are broken down by, besides the period. */
public enum Dimension {
    /** All contacts together. */
    TOTAL("'ALL'"),
    /** The member whose citizen called (the dialled line's member). */
    MEMBER(FigureTable.Key.MEMBER),
    /** GENERAL or HEALTH_APPS, the scope of the dialled line. */
    LINE_SCOPE(FigureTable.Key.LINE_SCOPE),
    /** Each system the citizen asked about; a contact about two systems counts for both. */
    SYSTEM(FigureTable.Key.SYSTEM),
    OUTCOME(FigureTable.Key.OUTCOME),
    /** The member whose agent answered. */
    AGENT_MEMBER(FigureTable.Key.AGENT_MEMBER);

    /** The SQL expression of the group, over the day figures {@code f}. */
    final String expression;

    Dimension(String expression) {
        this.expression = expression;
    }

    Dimension(FigureTable.Key key) {
        this("f." + key.column);
    }
}
