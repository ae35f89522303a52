package dk.ddh.hotline.calllog.membership;

import dk.ddh.hotline.contracts.membership.AgentSnapshot;

/** An agent as membership announced it: the member an agent answering a call works for. */
record KnownAgent(String agentId, String memberId, boolean active) {

    static KnownAgent of(AgentSnapshot agent) {
        return new KnownAgent(agent.agentId(), agent.memberId(), agent.active());
    }
}
