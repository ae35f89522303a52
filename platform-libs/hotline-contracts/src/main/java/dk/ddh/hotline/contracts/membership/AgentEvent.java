package dk.ddh.hotline.contracts.membership;

/** An agent event: it carries the agent's whole state. */
public sealed interface AgentEvent permits AgentRegistered, AgentChanged {

    AgentSnapshot agent();
}
