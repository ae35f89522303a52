package dk.ddh.hotline.contracts.membership;

public record AgentChanged(AgentSnapshot agent) implements AgentEvent {}
