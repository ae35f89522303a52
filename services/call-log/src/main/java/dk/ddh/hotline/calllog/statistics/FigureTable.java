package dk.ddh.hotline.calllog.statistics;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The tables of figures per Danish day (migration V6): what each is keyed by and which figures it holds. Each figure
 * and each key is written once, with how it is counted from the contacts {@code c}: the same way for storing older
 * days and for counting the live week.
 */
enum FigureTable {
    /** Per member, line scope, outcome and answering member. */
    DAY("day_figures", "contact c", List.of(Key.MEMBER, Key.LINE_SCOPE, Key.OUTCOME, Key.AGENT_MEMBER), Figure.ALL),
    /** Per member and system asked about: a contact about two systems counts once for each. */
    SYSTEM(
            "day_system_figures",
            "contact c left join lateral unnest(c.systems) as s(system) on true",
            List.of(Key.MEMBER, Key.SYSTEM),
            Figure.ALL),
    /** Contacts offered per member and hour, for the heat map. */
    HOUR("hour_figures", "contact c", List.of(Key.MEMBER, Key.HOUR), List.of(Figure.OFFERED));

    /** A figure of a day: its column is its name in lower case. */
    enum Figure {
        OFFERED("count(*)"),
        ANSWERED("count(c.answered_at)"),
        ABANDONED("count(*) filter (where c.outcome = 'ABANDONED')"),
        /** Counted with {@code :threshold}, the service-level threshold in seconds. */
        ANSWERED_IN_TIME("count(*) filter (where c.answered_at - c.offered_at <= make_interval(secs => :threshold))"),
        WAIT_SECONDS("coalesce(sum(extract(epoch from c.answered_at - c.offered_at)), 0)"),
        HANDLED("count(c.ended_at - c.answered_at)"),
        HANDLING_SECONDS("coalesce(sum(extract(epoch from c.ended_at - c.answered_at)), 0)"),
        RESOLVED_FIRST("count(*) filter (where c.outcome = 'RESOLVED' and not c.called_again)"),
        ESCALATED("count(*) filter (where c.outcome in ('ESCALATED', 'TRANSFERRED'))");

        static final List<Figure> ALL = List.of(values());

        final String column = name().toLowerCase(Locale.ROOT);
        final String counted;

        Figure(String counted) {
            this.counted = counted;
        }
    }

    /** What figures are per, besides the day: its column and its value for a contact (labels instead of nulls). */
    enum Key {
        /** The member whose citizen called (the dialled line's member). */
        MEMBER("member_id", "coalesce(c.member_id, 'UNKNOWN')"),
        LINE_SCOPE("line_scope", "coalesce(c.line_scope, 'UNKNOWN')"),
        OUTCOME("outcome", "coalesce(c.outcome, 'OPEN')"),
        /** The member whose agent answered. */
        AGENT_MEMBER("agent_member_id", "coalesce(c.agent_member_id, 'NONE')"),
        /** Each system asked about, of the unnested systems {@code s}. */
        SYSTEM("system", "coalesce(s.system, 'NONE')"),
        /** The hour of the offer, Danish time. */
        HOUR("hour", "cast(extract(hour from c.offered_at at time zone 'Europe/Copenhagen') as int)");

        final String column;
        final String counted;

        Key(String column, String counted) {
            this.column = column;
            this.counted = counted;
        }
    }

    /**
     * Days before this are stored (by {@link DayFigures#refresh()}), later ones always counted live. One day before what
     * the triggers of V6 watch, so that a day is never both unwatched and stored.
     */
    static final String LIVE_FROM = "(cast(now() at time zone 'Europe/Copenhagen' as date) - 8)";

    /** The days before this have been stored: at most {@link #LIVE_FROM}. */
    private static final String STORED_BEFORE =
            "(select coalesce(figured_before, date '-infinity') from figures_basis)";

    /** Stores the figures of the days {@code :days}. */
    private static final String RECOUNT = """
            insert into {table} (day, {columns})
            {counted} where c.offered_day in (:days) group by {groups}""";

    /**
     * The figures of the days {@code :from} to {@code :to} as rows of the table: stored ones where they are up to
     * date, counted now from the contacts for the days not (yet) stored and for stored days marked stale (those as an
     * array, so that PostgreSQL looks up just their contacts). Never waits for the figures to be stored.
     */
    private static final String FIGURES = """
            (select day, {columns} from {table}
             where day < {stored before} and day between :from and :to{of member}
               and day not in (select day from stale_day)
             union all
             {counted} where c.offered_day >= {stored before}
               and c.offered_day between :from and :to{of member c} group by {groups}
             union all
             {counted} where c.offered_day = any(array(select day from stale_day where day < {stored before}))
               and c.offered_day between :from and :to{of member c} group by {groups})""";

    final String table;
    private final String contacts;
    private final List<Key> keys;
    private final List<Figure> figures;

    FigureTable(String table, String contacts, List<Key> keys, List<Figure> figures) {
        this.table = table;
        this.contacts = contacts;
        this.keys = keys;
        this.figures = figures;
    }

    /** Stores the figures of the days {@code :days}. */
    String recount() {
        return ofThisTable(RECOUNT);
    }

    /**
     * The figures of the days {@code :from} to {@code :to}, and of {@code :memberId} only when asked for (a statement
     * of its own keeps the member index in use).
     */
    String figures(boolean ofOneMember) {
        return ofThisTable(FIGURES)
                .replace("{stored before}", STORED_BEFORE)
                .replace("{of member}", ofOneMember ? " and member_id = :memberId" : "")
                .replace("{of member c}", ofOneMember ? " and c.member_id = :memberId" : "");
    }

    /**
     * The statement with this table's slots filled: {@code {table}}, {@code {columns}} (keys, then figures), {@code
     * {counted}} (the select that counts them from the contacts) and {@code {groups}} (the day and the keys).
     */
    private String ofThisTable(String template) {
        String counted = "select c.offered_day, " + list(keys, key -> key.counted) + ", "
                + list(figures, figure -> figure.counted) + " from " + contacts;
        String groups = IntStream.rangeClosed(1, keys.size() + 1)
                .mapToObj(String::valueOf)
                .collect(Collectors.joining(", "));
        return template.replace("{table}", table)
                .replace("{columns}", list(keys, key -> key.column) + ", " + list(figures, figure -> figure.column))
                .replace("{counted}", counted)
                .replace("{groups}", groups);
    }

    private static <T> String list(List<T> items, Function<T, String> sql) {
        return items.stream().map(sql).collect(Collectors.joining(", "));
    }
}
