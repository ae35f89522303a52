package dk.ddh.hotline.membership.agent;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.membership.AgentChanged;
import dk.ddh.hotline.contracts.membership.AgentRegistered;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.membership.member.MemberService;
import dk.ddh.hotline.support.outbox.EventOutbox;
import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.web.PageResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes a member's agents, each change with its event in the outbox. */
@Service
public class AgentService {

    private final Agents agents;
    private final MemberService members;
    private final EventOutbox outbox;
    private final Clock clock;

    AgentService(Agents agents, MemberService members, EventOutbox outbox, Clock clock) {
        this.agents = agents;
        this.members = members;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Agent register(String memberId, String name, String workEmail) {
        if (!members.exists(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        Agent agent = new Agent(UUID.randomUUID(), memberId, name, workEmail, true);
        requireFreeEmail(agent.workEmail(), null);
        try {
            agents.insert(agent, clock.instant());
        } catch (DuplicateKeyException raceLost) {
            throw emailTaken(agent.workEmail());
        }
        publish(MembershipEvents.AGENT_REGISTERED, agent, new AgentRegistered(agent.snapshot()));
        return agent;
    }

    @Transactional
    public Agent change(UUID agentId, String name, String workEmail, boolean active) {
        Agent agent = get(agentId);
        if (agent.change(name, workEmail, active)) {
            requireFreeEmail(agent.workEmail(), agentId);
            try {
                agents.update(agent);
            } catch (DuplicateKeyException raceLost) {
                throw emailTaken(agent.workEmail());
            }
            publish(MembershipEvents.AGENT_CHANGED, agent, new AgentChanged(agent.snapshot()));
        }
        return agent;
    }

    @Transactional(readOnly = true)
    public Agent get(UUID agentId) {
        return agents.find(agentId).orElseThrow(() -> new NotFoundException("agent", agentId));
    }

    @Transactional(readOnly = true)
    public PageResponse<Agent> ofMember(String memberId, int page, int size) {
        if (!members.exists(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        return agents.ofMember(memberId, page, size);
    }

    private void requireFreeEmail(String workEmail, UUID exceptAgent) {
        if (agents.emailTaken(workEmail, exceptAgent)) {
            throw emailTaken(workEmail);
        }
    }

    private <T> void publish(EventType<T> type, Agent agent, T data) {
        outbox.append(
                Exchanges.MEMBERSHIP,
                EventEnvelope.of(MembershipEvents.SOURCE, type, agent.id().toString(), data));
    }

    private static ConflictException emailTaken(String workEmail) {
        return new ConflictException(
                "email-taken", workEmail + " already belongs to an agent", Map.of("workEmail", workEmail));
    }
}
