package dk.ddh.hotline.support.messaging;

import java.lang.reflect.RecordComponent;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ReflectionUtils;

/**
 * A read-model table of another service's things: one row per thing, holding the newest state its events told and the
 * time of that event in {@code as_of}. An event that arrives late, after a newer one, changes nothing.
 *
 * <p>The row is a record whose components are the table's columns in snake case ({@code memberId} is
 * {@code member_id}), the first one its primary key; enums are stored by name, dates as SQL dates.
 *
 * @param <R> the row
 */
public final class LatestStates<R extends Record> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private final JdbcClient jdbc;
    private final Class<R> rowType;
    private final RecordComponent[] components;
    private final String key;
    private final String upsert;
    private final String select;
    private final String newer;
    private final String delete;

    /** @param table the table, with the row's columns and {@code as_of timestamptz not null} */
    public LatestStates(JdbcClient jdbc, String table, Class<R> rowType) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.rowType = rowType;
        this.components = rowType.getRecordComponents();
        List<String> columns =
                Arrays.stream(components).map(c -> column(c.getName())).toList();
        this.key = columns.get(0);
        String others = columns.stream()
                .skip(1)
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        this.upsert = "insert into " + table + " (" + String.join(", ", columns) + ", as_of) values ("
                + columns.stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ", :as_of)"
                + " on conflict (" + key + ") do update set " + others + ", as_of = excluded.as_of"
                + " where " + table + ".as_of <= excluded.as_of";
        this.select = "select " + String.join(", ", columns) + " from " + table;
        this.newer = "select count(*) from " + table + " where " + key + " = :key and as_of > :as_of";
        this.delete = "delete from " + table + " where " + key + " = :key and as_of <= :as_of";
    }

    /** Stores the state as of {@code asOf}, unless a newer state of the thing is stored; true when it was stored. */
    public boolean remember(R state, Instant asOf) {
        JdbcClient.StatementSpec statement = jdbc.sql(upsert).param("as_of", Timestamp.from(asOf));
        for (RecordComponent component : components) {
            statement = statement.param(column(component.getName()), value(component, state));
        }
        return statement.update() > 0;
    }

    /** Removes the thing as of {@code asOf}, unless a newer state of it is stored. */
    public void forget(Object id, Instant asOf) {
        jdbc.sql(delete).param("key", id).param("as_of", Timestamp.from(asOf)).update();
    }

    /** Whether a state of the thing newer than {@code asOf} is stored. */
    public boolean newerStored(Object id, Instant asOf) {
        return jdbc.sql(newer)
                        .param("key", id)
                        .param("as_of", Timestamp.from(asOf))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<R> find(Object id) {
        return jdbc.sql(select + " where " + key + " = :key")
                .param("key", id)
                .query(rowType)
                .optional();
    }

    /** Every thing, by its key. */
    public List<R> all() {
        return jdbc.sql(select + " order by " + key).query(rowType).list();
    }

    private static String column(String component) {
        return WORD_START.matcher(component).replaceAll("_").toLowerCase(Locale.ROOT);
    }

    private static Object value(RecordComponent component, Record state) {
        var accessor = component.getAccessor();
        ReflectionUtils.makeAccessible(accessor);
        Object value = ReflectionUtils.invokeMethod(accessor, state);
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        // Not the driver's own LocalDate mapping: that stores LocalDate.MIN/MAX as -infinity/infinity, no real day.
        if (value instanceof LocalDate day) {
            return Date.valueOf(day);
        }
        return value;
    }
}
