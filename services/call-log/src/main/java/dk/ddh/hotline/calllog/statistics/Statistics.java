package dk.ddh.hotline.calllog.statistics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums the figures per Danish day ({@link FigureTable}): stored for older days, counted live for the last week and for
 * days not stored yet; one query per request, grouped by period and one dimension.
 */
@Repository
@Transactional(readOnly = true)
class Statistics {

    private final JdbcClient jdbc;
    private final StatisticsProperties properties;

    Statistics(JdbcClient jdbc, StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    List<StatisticsRow> figures(StatisticsScope scope, Period period, Dimension dimension) {
        FigureTable table = dimension == Dimension.SYSTEM ? FigureTable.SYSTEM : FigureTable.DAY;
        return bound("""
                        select cast(date_trunc('%s', f.day) as date) as period_start, %s as grp,
                               sum(f.offered) as offered, sum(f.answered) as answered, sum(f.abandoned) as abandoned,
                               sum(f.answered_in_time) as answered_in_time,
                               round(sum(f.wait_seconds) / nullif(sum(f.answered), 0), 1) as average_wait,
                               round(sum(f.handling_seconds) / nullif(sum(f.handled), 0), 1) as average_handling,
                               sum(f.resolved_first) as resolved_first, sum(f.escalated) as escalated
                        from %s f
                        group by 1, 2
                        order by 1, 2""".formatted(period.unit, dimension.expression, table.figures(scope.ofOneMember())), scope)
                .query((rs, row) -> {
                    long offered = rs.getLong("offered");
                    long answered = rs.getLong("answered");
                    long inTime = rs.getLong("answered_in_time");
                    return new StatisticsRow(
                            rs.getObject("period_start", LocalDate.class),
                            rs.getString("grp"),
                            offered,
                            answered,
                            rs.getLong("abandoned"),
                            inTime,
                            Rates.share(inTime, offered),
                            rs.getBigDecimal("average_wait"),
                            rs.getBigDecimal("average_handling"),
                            Rates.share(rs.getLong("resolved_first"), answered),
                            Rates.share(rs.getLong("escalated"), answered));
                })
                .list();
    }

    List<HeatMapCell> heatMap(StatisticsScope scope) {
        return bound("""
                        select cast(extract(isodow from f.day) as int) as dow, f.hour, sum(f.offered) as offered
                        from %s f
                        group by 1, 2
                        order by 1, 2""".formatted(FigureTable.HOUR.figures(scope.ofOneMember())), scope)
                .query((rs, row) -> new HeatMapCell(rs.getInt("dow"), rs.getInt("hour"), rs.getLong("offered")))
                .list();
    }

    /**
     * The statement with the scope's days, and its member only when it has one: a separate statement per case keeps
     * the member index in use (an "is null or equals" condition lets PostgreSQL fall back to one plan for all members).
     */
    private JdbcClient.StatementSpec bound(String sql, StatisticsScope scope) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("from", scope.from())
                .param("to", scope.to())
                .param("threshold", (double) properties.serviceLevelThreshold().toSeconds());
        return scope.ofOneMember() ? statement.param("memberId", scope.memberId()) : statement;
    }
}
