package dk.ddh.hotline.membership.demo;

import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.membership.agent.AgentService;
import dk.ddh.hotline.membership.line.LineService;
import dk.ddh.hotline.membership.member.MemberService;
import dk.ddh.hotline.support.demo.DemoLoad;
import dk.ddh.hotline.support.phone.PhoneNumber;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Region Sjælland's pilot as it could look in late 2026 ({@code demo/members.yml}: the region, its 17 municipalities
 * at different stages and a few DDH members from elsewhere). Goes through the domain services, so every demo change is published as an event
 * like any other. Loads once: does nothing when members exist.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final MemberService members;
    private final LineService lines;
    private final AgentService agents;
    private final DemoLoad demo;
    private final JsonMapper json;

    DemoData(MemberService members, LineService lines, AgentService agents, DemoLoad demo, JsonMapper json) {
        this.members = members;
        this.lines = lines;
        this.agents = agents;
        this.demo = demo;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.once("demo members", members::anyRegistered, () -> {
            DemoMembers file = DemoMembers.read(json);
            file.members().forEach(member -> load(member, file.pilot()));
            log.info(
                    "Demo data loaded from {}: {} members",
                    DemoMembers.RESOURCE,
                    file.members().size());
        });
    }

    private void load(DemoMembers.Member demo, DemoMembers.Pilot pilot) {
        members.register(demo.id(), demo.name(), demo.kind());
        for (MemberStatus step : pathTo(demo.status())) {
            members.changeStatus(demo.id(), step);
        }
        if (demo.terms() != null) {
            members.changeTerms(demo.id(), demo.terms().in(pilot));
        }
        for (DemoMembers.Line line : demo.lines()) {
            lines.register(demo.id(), PhoneNumber.parse(line.number()).orElseThrow(), line.scope());
        }
        for (DemoMembers.Agent agent : demo.agents()) {
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
}
