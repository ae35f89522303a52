package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.guides.GuidePublished;
import dk.ddh.hotline.contracts.guides.GuidesEvents;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.support.outbox.EventOutbox;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes guides and moves their revisions through the quality workflow. Each change is one transaction; publishing
 * appends {@code guide.published} to the outbox in it. Authorisation is the web adapter's job, so the demo loader can
 * use this too; the four-eyes rule is the domain's and holds for everyone.
 */
@Service
public class GuideService {

    private final Guides guides;
    private final KnownMemberService members;
    private final KnownSystems systems;
    private final Checklist checklist;
    private final GuidesProperties properties;
    private final EventOutbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuideService(
            Guides guides,
            KnownMemberService members,
            KnownSystems systems,
            Checklist checklist,
            GuidesProperties properties,
            EventOutbox outbox,
            ApplicationEventPublisher events,
            Clock clock) {
        this.guides = guides;
        this.members = members;
        this.systems = systems;
        this.checklist = checklist;
        this.properties = properties;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** A new guide whose first revision is a draft by {@code author}. The owner must be a known member. */
    @Transactional
    public Guide write(Owner owner, GuideContent content, String author) {
        owner.member().ifPresent(members::requireOwner);
        Guide guide = Guide.write(owner, normalised(content), author, clock.instant());
        guides.insert(guide);
        return guide;
    }

    @Transactional
    public Revision edit(UUID guideId, GuideContent content, String author, Integer basedOn) {
        Guide guide = lock(guideId);
        Revision draft = guide.edit(normalised(content), author, clock.instant(), basedOn);
        guides.saveRevisions(guide);
        return draft;
    }

    @Transactional
    public Revision submit(UUID guideId, int number) {
        Guide guide = lock(guideId);
        guide.submit(number);
        guides.saveRevisions(guide);
        return guide.revision(number);
    }

    /** Sends a revision in review back to draft, with the reviewer's comment. */
    @Transactional
    public Revision reject(UUID guideId, int number, String reviewer, String comment) {
        Guide guide = lock(guideId);
        guide.reject(number, reviewer);
        guides.saveRevisions(guide);
        guides.insertReview(
                guideId, new Review(number, reviewer, Review.Verdict.REJECTED, comment, List.of(), clock.instant()));
        return guide.revision(number);
    }

    /** Publishes a revision in review once every checklist item is ticked; it is due for review after the interval. */
    @Transactional
    public Revision approve(UUID guideId, int number, String reviewer, Set<String> ticked, String comment) {
        checklist.requireComplete(ticked);
        Guide guide = lock(guideId);
        Instant now = clock.instant();
        LocalDate reviewDue = today().plus(properties.reviewInterval());
        guide.publish(number, reviewer, now, reviewDue);
        guides.saveRevisions(guide);
        guides.insertReview(
                guideId, new Review(number, reviewer, Review.Verdict.APPROVED, comment, List.copyOf(ticked), now));
        Revision live = guide.revision(number);
        announce(guide, live);
        return live;
    }

    /** Takes a guide out of service: its live revision is archived and nothing of it is shown any more. */
    @Transactional
    public Revision archive(UUID guideId) {
        Guide guide = lock(guideId);
        Revision archived = guide.archive();
        guides.saveRevisions(guide);
        return archived;
    }

    @Transactional(readOnly = true)
    public Guide get(UUID guideId) {
        return guides.find(guideId, false).orElseThrow(() -> new NotFoundException("guide", guideId));
    }

    /** Whether the guide exists and has a live revision, so every agent can read it. */
    @Transactional(readOnly = true)
    public boolean isPublished(UUID guideId) {
        return guides.find(guideId, false).flatMap(Guide::live).isPresent();
    }

    @Transactional(readOnly = true)
    public List<Review> reviews(UUID guideId) {
        return guides.reviews(guideId);
    }

    @Transactional(readOnly = true)
    public PageResponse<GuideSummary> list(GuideFilter filter, int page, int size) {
        return guides.list(filter, page, size);
    }

    /** Live guides whose review date has passed, of one owner or of all. */
    @Transactional(readOnly = true)
    public PageResponse<GuideSummary> overdueForReview(Optional<Owner> owner, int page, int size) {
        return guides.overdue(today(), owner, page, size);
    }

    @Transactional(readOnly = true)
    public boolean anyWritten() {
        return guides.any();
    }

    /** Today in Denmark, by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void announce(Guide guide, Revision live) {
        GuideContent content = live.content();
        GuidePublished published = new GuidePublished(
                guide.id().toString(),
                live.number(),
                content.title(),
                guide.owner().memberId(),
                content.audience().name(),
                content.systems(),
                live.reviewDue());
        outbox.append(
                Exchanges.GUIDES,
                EventEnvelope.of(
                        GuidesEvents.SOURCE,
                        GuidesEvents.GUIDE_PUBLISHED,
                        guide.id().toString(),
                        published));
        events.publishEvent(new RevisionPublished(guide.id(), live.number(), guide.owner(), content));
    }

    private Guide lock(UUID guideId) {
        return guides.find(guideId, true).orElseThrow(() -> new NotFoundException("guide", guideId));
    }

    private GuideContent normalised(GuideContent content) {
        return new GuideContent(
                content.title().strip(),
                content.body(),
                systems.normalise(content.systems()),
                content.audience(),
                content.resolutions());
    }
}
