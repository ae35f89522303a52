package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.support.problem.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A guide and its revisions. The published revision stays live until a successor is published; at most one revision
 * is open (a draft or in review) at a time, and editing always writes a new revision.
 */
public final class Guide {

    private final UUID id;
    private final Owner owner;
    private final Instant createdAt;
    private final List<Revision> revisions;

    Guide(UUID id, Owner owner, Instant createdAt, List<Revision> revisions) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.revisions = new ArrayList<>(revisions);
        this.revisions.sort(Comparator.comparingInt(Revision::number));
    }

    static Guide write(Owner owner, GuideContent content, String author, Instant now) {
        UUID id = UUID.randomUUID();
        return new Guide(id, owner, now, List.of(Revision.draft(id, 1, content, author, now)));
    }

    /**
     * Writes a new draft revision. A draft not yet submitted is superseded by it; a revision in review must be decided
     * first.
     *
     * @param basedOn the revision the editor started from, or null; it must be the latest
     */
    Revision edit(GuideContent content, String author, Instant now, Integer basedOn) {
        Revision latest = latest();
        if (basedOn != null && basedOn != latest.number()) {
            throw new WorkflowConflict(
                    "stale-revision",
                    "Revision " + basedOn + " is not the latest; read revision " + latest.number() + " and edit that",
                    Map.of("latestRevision", latest.number()));
        }
        open().ifPresent(open -> {
            if (open.status() == RevisionStatus.IN_REVIEW) {
                throw new WorkflowConflict(
                        "revision-in-review",
                        "Revision " + open.number() + " is in review; it must be approved or rejected first",
                        Map.of("revision", open.number()));
            }
            open.changeStatus(RevisionStatus.SUPERSEDED);
        });
        Revision draft = Revision.draft(id, latest.number() + 1, content, author, now);
        revisions.add(draft);
        return draft;
    }

    void submit(int number) {
        revision(number).changeStatus(RevisionStatus.IN_REVIEW);
    }

    void reject(int number, String reviewer) {
        Revision revision = revision(number);
        revision.checkReviewer(reviewer);
        revision.changeStatus(RevisionStatus.DRAFT);
    }

    /** Publishes a revision in review; the revision live until now is superseded by it. */
    Optional<Revision> publish(int number, String reviewer, Instant now, LocalDate reviewDue) {
        Revision revision = revision(number);
        Optional<Revision> previous = live();
        revision.publish(reviewer, now, reviewDue);
        previous.ifPresent(old -> old.changeStatus(RevisionStatus.SUPERSEDED));
        return previous;
    }

    /** Takes the guide out of service: no revision is live afterwards. */
    Revision archive() {
        Revision live = live().orElseThrow(() -> new WorkflowConflict(
                "nothing-published", "Guide " + id + " has no published revision to archive", Map.of()));
        live.changeStatus(RevisionStatus.ARCHIVED);
        return live;
    }

    public Optional<Revision> live() {
        return revisions.stream()
                .filter(r -> r.status() == RevisionStatus.PUBLISHED)
                .findFirst();
    }

    public Optional<Revision> open() {
        return revisions.stream().filter(r -> r.status().isOpen()).findFirst();
    }

    public Revision latest() {
        return revisions.get(revisions.size() - 1);
    }

    public Revision revision(int number) {
        return revisions.stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("revision", id + "/" + number));
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public UUID id() {
        return id;
    }

    public Owner owner() {
        return owner;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
