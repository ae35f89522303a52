package dk.ddh.hotline.membership.demo;

import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.Payer;
import dk.ddh.hotline.membership.member.MemberTerms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's members as written in {@code demo/members.yml}: the region's pilot (sponsor and dates) and every member
 * with its status, terms, lines and agents.
 */
record DemoMembers(Pilot pilot, List<Member> members) {

    static final String RESOURCE = "demo/members.yml";

    static DemoMembers read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.convertValue(new Yaml().load(in), DemoMembers.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The region-paid pilot: who pays and the dates of the first waves. */
    record Pilot(String sponsor, LocalDate from, LocalDate to) {}

    record Member(
            String id,
            String name,
            MemberKind kind,
            MemberStatus status,
            Terms terms,
            List<Line> lines,
            List<Agent> agents) {

        Member {
            lines = lines == null ? List.of() : lines;
            agents = agents == null ? List.of() : agents;
        }
    }

    /** A member's terms; a sponsored member's pilot runs from the pilot's dates unless its wave has its own. */
    record Terms(Payer payer, Integer wave, BigDecimal staffHours, LocalDate from, LocalDate to) {

        MemberTerms in(Pilot pilot) {
            if (payer != Payer.SPONSOR) {
                return new MemberTerms(null, null, payer, null, wave, staffHours);
            }
            return new MemberTerms(
                    from == null ? pilot.from() : from,
                    to == null ? pilot.to() : to,
                    payer,
                    pilot.sponsor(),
                    wave,
                    staffHours);
        }
    }

    record Line(String number, LineScope scope) {}

    record Agent(String name, String workEmail) {}
}
