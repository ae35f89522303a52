package dk.ddh.hotline.calllog.membership;

import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.support.messaging.ReadModelConsumers;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Applies membership's member, line and agent events to the call log's read models. */
@Configuration
class MembershipEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> membershipEvents(ReadModelConsumers consumers, MembershipReadModel membership) {
        return consumers
                .named("call-log.membership")
                .on(
                        MembershipEvents.MEMBER_STATES,
                        (event, asOf) -> membership.remember(KnownMember.of(event.member()), asOf))
                .on(
                        MembershipEvents.LINE_STATES,
                        (event, asOf) -> membership.remember(KnownLine.of(event.line()), asOf))
                .on(
                        MembershipEvents.LINE_REMOVED,
                        (event, asOf) -> membership.forgetLine(event.line().lineId(), asOf))
                .on(
                        MembershipEvents.AGENT_STATES,
                        (event, asOf) -> membership.remember(KnownAgent.of(event.agent()), asOf));
    }
}
