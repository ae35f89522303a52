package dk.ddh.hotline.calllog.statistics;

/**
 * The tables of figures per Danish day (migration V6): what each is keyed by and how its rows are counted from the
 * contacts {@code c}, the same way for storing older days and for counting the live week.
 */
enum FigureTable {
    /** Per member, line scope, outcome and answering member. */
    DAY(
            "day_figures",
            "member_id, line_scope, outcome, agent_member_id",
            "coalesce(c.member_id, 'UNKNOWN'), coalesce(c.line_scope, 'UNKNOWN'), coalesce(c.outcome, 'OPEN'),"
                    + " coalesce(c.agent_member_id, 'NONE')",
            "contact c",
            FigureTable.MEASURES,
            FigureTable.COUNTS),
    /** Per member and system asked about: a contact about two systems counts once for each. */
    SYSTEM(
            "day_system_figures",
            "member_id, system",
            "coalesce(c.member_id, 'UNKNOWN'), coalesce(s.system, 'NONE')",
            "contact c left join lateral unnest(c.systems) as s(system) on true",
            FigureTable.MEASURES,
            FigureTable.COUNTS),
    /** Contacts offered per member and hour, for the heat map. */
    HOUR(
            "hour_figures",
            "member_id, hour",
            "coalesce(c.member_id, 'UNKNOWN'), cast(extract(hour from c.offered_at at time zone 'Europe/Copenhagen') as int)",
            "contact c",
            "offered",
            "count(*)");

    /**
     * Days before this are stored (by {@link DayFigures#refresh()}), later ones always counted live. One day before what
     * the triggers of V6 watch, so that a day is never both unwatched and stored.
     */
    static final String LIVE_FROM = "(cast(now() at time zone 'Europe/Copenhagen' as date) - 8)";

    /** The days before this have been stored: at most {@link #LIVE_FROM}. */
    private static final String STORED_BEFORE =
            "(select coalesce(figured_before, date '-infinity') from figures_basis)";

    private static final String MEASURES = "offered, answered, abandoned, answered_in_time, wait_seconds, handled,"
            + " handling_seconds, resolved_first, escalated";

    /** Counted with {@code :threshold}, the service-level threshold in seconds. */
    private static final String COUNTS = """
            count(*), count(c.answered_at), count(*) filter (where c.outcome = 'ABANDONED'),
            count(*) filter (where c.answered_at - c.offered_at <= make_interval(secs => :threshold)),
            coalesce(sum(extract(epoch from c.answered_at - c.offered_at)), 0),
            count(c.ended_at - c.answered_at),
            coalesce(sum(extract(epoch from c.ended_at - c.answered_at)), 0),
            count(*) filter (where c.outcome = 'RESOLVED' and not c.called_again),
            count(*) filter (where c.outcome in ('ESCALATED', 'TRANSFERRED'))""";

    final String table;
    private final String keys;
    private final String countedKeys;
    private final String contacts;
    private final String measures;
    private final String counts;

    FigureTable(String table, String keys, String countedKeys, String contacts, String measures, String counts) {
        this.table = table;
        this.keys = keys;
        this.countedKeys = countedKeys;
        this.contacts = contacts;
        this.measures = measures;
        this.counts = counts;
    }

    /** Stores the figures of the days {@code :days}. */
    String recount() {
        return "insert into %s (day, %s, %s) %s".formatted(table, keys, measures, counted("c.offered_day in (:days)"));
    }

    /**
     * The figures of the days {@code :from} to {@code :to} (and of {@code :memberId} when asked for) as rows of this
     * table: stored ones where they are up to date, counted now from the contacts for the days not (yet) stored and
     * for stored days marked stale. Never waits for the figures to be stored.
     */
    String figures(boolean ofOneMember) {
        String member = ofOneMember ? " and member_id = :memberId" : "";
        String contactOfMember = ofOneMember ? " and c.member_id = :memberId" : "";
        String range = " and c.offered_day between :from and :to" + contactOfMember;
        return """
                (select day, %s, %s from %s
                 where day < %s and day between :from and :to%s and day not in (select day from stale_day)
                 union all
                 %s
                 union all
                 %s)""".formatted(
                        keys,
                        measures,
                        table,
                        STORED_BEFORE,
                        member,
                        counted("c.offered_day >= " + STORED_BEFORE + range),
                        // The stale days as an array, so that PostgreSQL looks up just their contacts.
                        counted("c.offered_day = any(array(select day from stale_day where day < " + STORED_BEFORE
                                + "))" + range));
    }

    private String counted(String condition) {
        int groups = keys.split(",").length + 1;
        StringBuilder groupBy = new StringBuilder("1");
        for (int column = 2; column <= groups; column++) {
            groupBy.append(", ").append(column);
        }
        return "select c.offered_day, %s, %s from %s where %s group by %s"
                .formatted(countedKeys, counts, contacts, condition, groupBy);
    }
}
