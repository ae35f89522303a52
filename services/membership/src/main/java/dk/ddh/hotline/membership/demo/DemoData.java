package dk.ddh.hotline.membership.demo;

import dk.ddh.hotline.membership.agent.AgentService;
import dk.ddh.hotline.membership.line.LineScope;
import dk.ddh.hotline.membership.line.LineService;
import dk.ddh.hotline.membership.member.MemberKind;
import dk.ddh.hotline.membership.member.MemberService;
import dk.ddh.hotline.membership.member.MemberStatus;
import dk.ddh.hotline.membership.member.MemberTerms;
import dk.ddh.hotline.membership.member.Payer;
import dk.ddh.hotline.support.phone.PhoneNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Region Sjælland's pilot as it could look in late 2026: the region, its 17 municipalities at different stages and a
 * few DDH members from elsewhere. Goes through the domain services, so every demo change is published as an event
 * like any other. Loads once: does nothing when members exist.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String REGION = "1085";
    private static final LocalDate PILOT_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate PILOT_END = LocalDate.of(2027, 12, 31);
    /** Any fixed number, so that instances starting together load the demo only once. */
    private static final long DEMO_LOCK = 1085_2026L;

    private final MemberService members;
    private final LineService lines;
    private final AgentService agents;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DemoData(
            MemberService members,
            LineService lines,
            AgentService agents,
            TransactionTemplate transaction,
            JdbcClient jdbc) {
        this.members = members;
        this.lines = lines;
        this.agents = agents;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)")
                    .param("lock", DEMO_LOCK)
                    .query()
                    .singleRow();
            if (members.anyRegistered()) {
                log.info("Members exist, demo data not loaded");
                return;
            }
            demoMembers().forEach(this::load);
            log.info("Demo data loaded: Region Sjælland, its 17 municipalities and 3 DDH members");
        });
    }

    private void load(DemoMember demo) {
        members.register(demo.id(), demo.name(), demo.kind());
        for (MemberStatus step : pathTo(demo.status())) {
            members.changeStatus(demo.id(), step);
        }
        if (demo.terms() != null) {
            members.changeTerms(demo.id(), demo.terms());
        }
        for (DemoLine line : demo.lines()) {
            lines.register(demo.id(), PhoneNumber.parse(line.number()).orElseThrow(), line.scope());
        }
        for (DemoAgent agent : demo.agents()) {
            agents.register(demo.id(), agent.name(), agent.workEmail());
        }
    }

    private static List<MemberStatus> pathTo(MemberStatus status) {
        return switch (status) {
            case INVITED -> List.of();
            case SELECTED -> List.of(MemberStatus.SELECTED);
            case ONBOARDING -> List.of(MemberStatus.SELECTED, MemberStatus.ONBOARDING);
            case ACTIVE -> List.of(MemberStatus.SELECTED, MemberStatus.ONBOARDING, MemberStatus.ACTIVE);
            case LEAVING, LEFT -> throw new IllegalArgumentException("The demo has no leaving members");
        };
    }

    static List<DemoMember> demoMembers() {
        return List.of(
                // The region first: it sponsors the municipalities' pilots.
                new DemoMember(
                        REGION,
                        "Region Sjælland",
                        MemberKind.REGION,
                        MemberStatus.ACTIVE,
                        selfPaid(1, "8"),
                        List.of(new DemoLine("7010 1085", LineScope.HEALTH_APPS)),
                        List.of(
                                new DemoAgent("Birgitte Knudsen", "bikn@regionsjaelland.dk"),
                                new DemoAgent("Anders Holm", "anho@regionsjaelland.dk"))),
                sponsoredPilot(
                        "253",
                        "Greve Kommune",
                        1,
                        "12",
                        "7070 0253",
                        List.of(
                                new DemoAgent("Mette Hansen", "mette.hansen@greve.dk"),
                                new DemoAgent("Lars Nielsen", "lars.nielsen@greve.dk"),
                                new DemoAgent("Anne Sørensen", "anne.soerensen@greve.dk"))),
                sponsoredPilot(
                        "259",
                        "Køge Kommune",
                        1,
                        "10",
                        "7070 0259",
                        List.of(
                                new DemoAgent("Jens Pedersen", "jens.pedersen@koege.dk"),
                                new DemoAgent("Camilla Larsen", "camilla.larsen@koege.dk"))),
                sponsoredPilot(
                        "265",
                        "Roskilde Kommune",
                        1,
                        "15",
                        "7070 0265",
                        List.of(
                                new DemoAgent("Søren Kristensen", "soeren.kristensen@roskilde.dk"),
                                new DemoAgent("Louise Jensen", "louise.jensen@roskilde.dk"),
                                new DemoAgent("Mikkel Andersen", "mikkel.andersen@roskilde.dk"),
                                new DemoAgent("Pia Rasmussen", "pia.rasmussen@roskilde.dk"))),
                sponsoredPilot(
                        "370",
                        "Næstved Kommune",
                        2,
                        "12",
                        "7070 0370",
                        List.of(
                                new DemoAgent("Henrik Christensen", "henrik.christensen@naestved.dk"),
                                new DemoAgent("Sofie Madsen", "sofie.madsen@naestved.dk"),
                                new DemoAgent("Peter Olsen", "peter.olsen@naestved.dk"))),
                joining("269", "Solrød Kommune", MemberStatus.ONBOARDING, 3, LocalDate.of(2027, 1, 1)),
                joining("329", "Ringsted Kommune", MemberStatus.ONBOARDING, 3, LocalDate.of(2027, 1, 1)),
                joining("316", "Holbæk Kommune", MemberStatus.SELECTED, 4, LocalDate.of(2027, 4, 1)),
                joining("330", "Slagelse Kommune", MemberStatus.SELECTED, 4, LocalDate.of(2027, 4, 1)),
                invited("306", "Odsherred Kommune"),
                invited("320", "Faxe Kommune"),
                invited("326", "Kalundborg Kommune"),
                invited("336", "Stevns Kommune"),
                invited("340", "Sorø Kommune"),
                invited("350", "Lejre Kommune"),
                invited("360", "Lolland Kommune"),
                invited("376", "Guldborgsund Kommune"),
                invited("390", "Vordingborg Kommune"),
                // DDH members from outside the region, paying for themselves; Aarhus leads DDH.
                new DemoMember(
                        "751",
                        "Aarhus Kommune",
                        MemberKind.MUNICIPALITY,
                        MemberStatus.ACTIVE,
                        selfPaid(null, "40"),
                        List.of(new DemoLine("7070 0751", LineScope.GENERAL)),
                        List.of(
                                new DemoAgent("Hanne Thomsen", "hanne.thomsen@aarhus.dk"),
                                new DemoAgent("Thomas Poulsen", "thomas.poulsen@aarhus.dk"),
                                new DemoAgent("Maria Johansen", "maria.johansen@aarhus.dk"),
                                new DemoAgent("Kasper Møller", "kasper.moeller@aarhus.dk"))),
                new DemoMember(
                        "101",
                        "Københavns Kommune",
                        MemberKind.MUNICIPALITY,
                        MemberStatus.ACTIVE,
                        selfPaid(null, "30"),
                        List.of(new DemoLine("7070 0101", LineScope.GENERAL)),
                        List.of(
                                new DemoAgent("Line Mortensen", "line.mortensen@kk.dk"),
                                new DemoAgent("Rasmus Frederiksen", "rasmus.frederiksen@kk.dk"),
                                new DemoAgent("Karen Berg", "karen.berg@kk.dk"))),
                new DemoMember(
                        "461",
                        "Odense Kommune",
                        MemberKind.MUNICIPALITY,
                        MemberStatus.ACTIVE,
                        selfPaid(null, "20"),
                        List.of(new DemoLine("7070 0461", LineScope.GENERAL)),
                        List.of(
                                new DemoAgent("Ida Lund", "ida.lund@odense.dk"),
                                new DemoAgent("Morten Dahl", "morten.dahl@odense.dk"))));
    }

    private static DemoMember sponsoredPilot(
            String id, String name, int wave, String hours, String number, List<DemoAgent> staff) {
        return new DemoMember(
                id,
                name,
                MemberKind.MUNICIPALITY,
                MemberStatus.ACTIVE,
                new MemberTerms(PILOT_START, PILOT_END, Payer.SPONSOR, REGION, wave, new BigDecimal(hours)),
                List.of(new DemoLine(number, LineScope.GENERAL)),
                staff);
    }

    /** Selected or onboarding: a later wave, whose two-year pilot starts when the wave goes live. */
    private static DemoMember joining(String id, String name, MemberStatus status, int wave, LocalDate start) {
        return new DemoMember(
                id,
                name,
                MemberKind.MUNICIPALITY,
                status,
                new MemberTerms(start, start.plusYears(2).minusDays(1), Payer.SPONSOR, REGION, wave, BigDecimal.TEN),
                List.of(),
                List.of());
    }

    private static DemoMember invited(String id, String name) {
        return new DemoMember(id, name, MemberKind.MUNICIPALITY, MemberStatus.INVITED, null, List.of(), List.of());
    }

    private static MemberTerms selfPaid(Integer wave, String hours) {
        return new MemberTerms(null, null, Payer.SELF, null, wave, new BigDecimal(hours));
    }

    record DemoMember(
            String id,
            String name,
            MemberKind kind,
            MemberStatus status,
            MemberTerms terms,
            List<DemoLine> lines,
            List<DemoAgent> agents) {}

    record DemoLine(String number, LineScope scope) {}

    record DemoAgent(String name, String workEmail) {}
}
