package dk.ddh.hotline.calllog.demo;

import dk.ddh.hotline.calllog.contact.CallerHash;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.support.demo.DemoLoad;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A year of synthetic contacts up to yesterday, so statistics and costs show something on first start: the demo's
 * lines (membership's demo data), weekday and hour patterns of a line open 8-20 on weekdays, pilot municipalities
 * from 1 January 2026 growing into their volume, health-app questions on the region's line with more escalations to
 * its MinSundhedsplatform support. Same contacts every time (fixed seed). Loads once: does nothing when contacts exist.
 */
@Component
@Profile("demo")
class DemoContacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private static final LocalDate PILOT_START = LocalDate.of(2026, 1, 1);
    static final List<DemoLine> LINES = List.of(
            new DemoLine("751", "+4570700751", LineScope.GENERAL, 40, null),
            new DemoLine("101", "+4570700101", LineScope.GENERAL, 35, null),
            new DemoLine("461", "+4570700461", LineScope.GENERAL, 18, null),
            new DemoLine("253", "+4570700253", LineScope.GENERAL, 12, PILOT_START),
            new DemoLine("259", "+4570700259", LineScope.GENERAL, 10, PILOT_START),
            new DemoLine("265", "+4570700265", LineScope.GENERAL, 16, PILOT_START),
            new DemoLine("370", "+4570700370", LineScope.GENERAL, 14, PILOT_START),
            new DemoLine("1085", "+4570101085", LineScope.HEALTH_APPS, 12, PILOT_START));
    /** Share of a weekday's calls per hour from 8 to 19: mornings are busiest. */
    private static final int[] HOUR_WEIGHTS = {6, 12, 14, 13, 11, 9, 9, 8, 7, 5, 4, 2};

    private static final Weighted GENERAL_SYSTEMS =
            new Weighted(List.of("MitID", "Digital Post", "borger.dk", "Skat", "Min Sundhed"), 40, 30, 15, 10, 5);
    private static final Weighted HEALTH_SYSTEMS =
            new Weighted(List.of("MinSundhedsplatform", "Min Sundhed", "Min Læge"), 45, 35, 20);
    private static final Weighted GENERAL_OUTCOMES =
            new Weighted(List.of("RESOLVED", "REFERRED", "ESCALATED", "TRANSFERRED"), 80, 9, 5, 6);
    private static final Weighted HEALTH_OUTCOMES =
            new Weighted(List.of("RESOLVED", "REFERRED", "ESCALATED", "TRANSFERRED"), 70, 10, 14, 6);
    static final Weighted AGENT_MEMBERS =
            new Weighted(List.of("751", "101", "461", "253", "259", "265", "370", "1085"), 4, 3, 2, 3, 2, 4, 3, 2);
    private static final List<String> NOTES = List.of(
            "Hjalp med at genaktivere MitID-appen efter telefonskift.",
            "Viste hvor man finder Digital Post på borger.dk.",
            "Forklarede forskellen på Min Sundhed og MinSundhedsplatform.",
            "Borgeren ville flytte tid hos egen læge; vist i Min Læge.",
            "Henvist til kommunens borgerservice med fuldmagt.",
            "Teknisk fejl i MinSP, videresendt til regionens support.");

    private final JdbcTemplate jdbc;
    private final DemoLoad demo;
    private final CallerHash callerHash;
    private final Clock clock;

    DemoContacts(JdbcTemplate jdbc, DemoLoad demo, CallerHash callerHash, Clock clock) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.callerHash = callerHash;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.once("demo contacts", () -> jdbc.queryForObject("select count(*) > 0 from contact", Boolean.class), () -> {
            LocalDate today = LocalDate.now(clock);
            List<Object[]> rows = generate(today.minusYears(1), today, new Random(1085));
            jdbc.batchUpdate("""
                    insert into contact (id, call_id, channel, dialled_number, member_id, line_scope, unknown_number,
                        caller_hash, agent_member_id, offered_at, answered_at, ended_at, outcome, systems, notes,
                        closed_at)
                    values (?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?)""", rows);
            jdbc.update("""
                    update contact c set called_again = true
                    from (select id, lead(offered_at) over (partition by caller_hash order by offered_at) as next
                          from contact where caller_hash is not null) later
                    where c.id = later.id and later.next < c.offered_at + interval '7 days'""");
            log.info("Demo data loaded: {} contacts from {} to {}", rows.size(), today.minusYears(1), today);
        });
    }

    private List<Object[]> generate(LocalDate from, LocalDate until, Random random) {
        List<Object[]> rows = new ArrayList<>();
        Instant notesSince = until.minusDays(90).atStartOfDay(DANISH_TIME).toInstant();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (DemoLine line : LINES) {
                int calls = line.callsOn(day, random);
                for (int call = 0; call < calls; call++) {
                    rows.add(contact(line, offeredOn(day, random), notesSince, random));
                }
            }
        }
        return rows;
    }

    private Object[] contact(DemoLine line, Instant offered, Instant notesSince, Random random) {
        boolean health = line.scope() == LineScope.HEALTH_APPS;
        boolean chat = random.nextInt(10) == 0;
        String caller = chat ? null : "+452" + String.format("%07d", random.nextInt(20_000));
        if (!chat && random.nextInt(100) < 7) {
            Instant gaveUp = offered.plusSeconds(20 + random.nextInt(120));
            return row(line, chat, caller, null, offered, null, gaveUp, "ABANDONED", "", null, gaveUp);
        }
        Instant answered = offered.plusSeconds(chat ? 5 : Math.min(600, exponential(random, 20)));
        Instant ended = answered.plusSeconds(60 + exponential(random, 300));
        String systems = (health ? HEALTH_SYSTEMS : GENERAL_SYSTEMS).pick(random);
        String notes =
                offered.isAfter(notesSince) && random.nextInt(3) == 0 ? NOTES.get(random.nextInt(NOTES.size())) : null;
        return row(
                line,
                chat,
                caller,
                AGENT_MEMBERS.pick(random),
                offered,
                answered,
                ended,
                (health ? HEALTH_OUTCOMES : GENERAL_OUTCOMES).pick(random),
                systems,
                notes,
                ended.plusSeconds(30 + random.nextInt(150)));
    }

    private Object[] row(
            DemoLine line,
            boolean chat,
            String caller,
            String agentMember,
            Instant offered,
            Instant answered,
            Instant ended,
            String outcome,
            String systems,
            String notes,
            Instant closed) {
        return new Object[] {
            UUID.randomUUID(),
            chat ? null : "demo-" + UUID.randomUUID(),
            chat ? "CHAT" : "PHONE",
            chat ? null : line.number(),
            line.memberId(),
            line.scope().name(),
            callerHash.of(caller).orElse(null),
            agentMember,
            timestamp(offered),
            timestamp(answered),
            timestamp(ended),
            outcome,
            systems,
            notes,
            timestamp(closed)
        };
    }

    private static Instant offeredOn(LocalDate day, Random random) {
        int hour = 8 + pick(HOUR_WEIGHTS, random);
        return day.atTime(hour, random.nextInt(60), random.nextInt(60))
                .atZone(DANISH_TIME)
                .toInstant();
    }

    private static long exponential(Random random, double mean) {
        return Math.round(-mean * Math.log(1 - random.nextDouble()));
    }

    private static int pick(int[] weights, Random random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int drawn = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            drawn -= weights[i];
            if (drawn < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A demo line and its volume on an ordinary Wednesday once its member is fully up and running. */
    record DemoLine(String memberId, String number, LineScope scope, int dailyCalls, LocalDate from) {

        private static final Duration RAMP_UP = Duration.ofDays(120);

        int callsOn(LocalDate day, Random random) {
            if (from != null && day.isBefore(from)) {
                return 0;
            }
            double rampUp = from == null
                    ? 1
                    : Math.min(1, 0.4 + 0.6 * (day.toEpochDay() - from.toEpochDay()) / RAMP_UP.toDays());
            double weekday = switch (day.getDayOfWeek()) {
                case MONDAY -> 1.3;
                case TUESDAY -> 1.1;
                case FRIDAY -> 0.8;
                default -> 1.0;
            };
            return (int) Math.round(dailyCalls * rampUp * weekday * (0.8 + 0.4 * random.nextDouble()));
        }
    }

    /** Values drawn by weight. */
    record Weighted(List<String> values, int... weights) {

        String pick(Random random) {
            return values.get(DemoContacts.pick(weights, random));
        }
    }
}
