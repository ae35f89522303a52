package dk.ddh.hotline.guides.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.DemoMembership;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The members the demo guides are written for are membership's demo members, with the same names and kinds. */
class DemoMembersAgreeWithMembershipUnitTests {

    @Test
    void theRegionsMembersAreMembershipsDemoMembers() {
        Map<String, DemoMembership.Member> membership = DemoMembership.read().members().stream()
                .collect(Collectors.toMap(DemoMembership.Member::id, member -> member));

        DemoData.REGION_SJAELLAND.forEach((code, name) -> {
            assertThat(membership).as("member %s in membership's demo", code).containsKey(code);
            assertThat(membership.get(code).name()).isEqualTo(name);
            assertThat(membership.get(code).kind())
                    .isEqualTo(DemoData.kindOf(code).name());
        });
    }
}
