package dk.ddh.hotline.contracts.membership;

public record AgentRegistered(AgentSnapshot agent) implements AgentEvent {}
