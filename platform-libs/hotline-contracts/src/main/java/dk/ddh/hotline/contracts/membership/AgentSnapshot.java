package dk.ddh.hotline.contracts.membership;

/** A member's staff member who answers the shared line. Never carries a CPR number. */
public record AgentSnapshot(String agentId, String memberId, String name, String workEmail, boolean active) {}
