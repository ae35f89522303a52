package dk.ddh.hotline.membership.agent;

import dk.ddh.hotline.contracts.membership.AgentSnapshot;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** A member's staff member who answers the shared line. Identified by a work email, never by a CPR number. */
public final class Agent {

    private final UUID id;
    private final String memberId;
    private String name;
    private String workEmail;
    private boolean active;

    Agent(UUID id, String memberId, String name, String workEmail, boolean active) {
        this.id = Objects.requireNonNull(id, "id");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.name = Objects.requireNonNull(name, "name").strip();
        this.workEmail = normalise(workEmail);
        this.active = active;
    }

    /** @return whether anything changed */
    boolean change(String newName, String newWorkEmail, boolean newActive) {
        String strippedName = newName.strip();
        String email = normalise(newWorkEmail);
        boolean changed = !name.equals(strippedName) || !workEmail.equals(email) || active != newActive;
        name = strippedName;
        workEmail = email;
        active = newActive;
        return changed;
    }

    /** Mail systems treat addresses case-insensitively; storing them lower-case keeps one agent per address. */
    private static String normalise(String email) {
        return Objects.requireNonNull(email, "workEmail").strip().toLowerCase(Locale.ROOT);
    }

    public AgentSnapshot snapshot() {
        return new AgentSnapshot(id.toString(), memberId, name, workEmail, active);
    }

    public UUID id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String name() {
        return name;
    }

    public String workEmail() {
        return workEmail;
    }

    public boolean active() {
        return active;
    }
}
