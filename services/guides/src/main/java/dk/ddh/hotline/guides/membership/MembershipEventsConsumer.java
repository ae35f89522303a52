package dk.ddh.hotline.guides.membership;

import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.support.messaging.ReadModelConsumers;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Keeps {@code known_member} in step with membership: every member event carries the member's whole state. */
@Configuration
class MembershipEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> membershipEvents(ReadModelConsumers consumers, KnownMemberService members) {
        return consumers
                .named("guides.known-members")
                .on(
                        MembershipEvents.MEMBER_STATES,
                        (event, asOf) -> members.remember(KnownMember.of(event.member()), asOf));
    }
}
