package dk.ddh.hotline.calllog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.DemoMembership;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo contacts' lines and agents' members are membership's demo members, lines and pilot. */
class DemoMembersAgreeWithMembershipUnitTests {

    private final DemoMembership demo = DemoMembership.read();
    private final Map<String, DemoMembership.Member> members =
            demo.members().stream().collect(Collectors.toMap(DemoMembership.Member::id, member -> member));

    @Test
    void everyDemoLineIsAMembersLineWithItsScopeAndThePilotsStart() {
        for (DemoContacts.DemoLine line : DemoContacts.LINES) {
            DemoMembership.Member member = members.get(line.memberId());
            assertThat(member)
                    .as("member %s in membership's demo", line.memberId())
                    .isNotNull();
            assertThat(member.lines())
                    .contains(
                            new DemoMembership.Line(line.number(), line.scope().name()));
            boolean inPilot = "SPONSOR".equals(member.payer()) || member.id().equals(demo.pilotSponsor());
            assertThat(line.from()).isEqualTo(inPilot ? demo.pilotStart() : null);
        }
    }

    @Test
    void agentsAnswerForMembersOfTheDemo() {
        assertThat(members.keySet()).containsAll(DemoContacts.AGENT_MEMBERS.values());
    }
}
