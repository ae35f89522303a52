package dk.ddh.hotline.guides.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.InvalidRequestException;
import dk.ddh.hotline.support.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideUnitTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2027, 3, 2);

    private final Guide guide = Guide.write(Owner.DDH, content("Første udgave"), "anne", NOW);

    @Test
    void publishingASuccessorSupersedesTheLiveRevision() {
        guide.submit(1);
        guide.publish(1, "bo", NOW, DUE);
        guide.edit(content("Anden udgave"), "anne", NOW, 1);

        assertThat(guide.live().map(Revision::number)).contains(1);
        guide.submit(2);
        guide.publish(2, "bo", NOW, DUE);

        assertThat(guide.live().map(Revision::number)).contains(2);
        assertThat(guide.revision(1).status()).isEqualTo(RevisionStatus.SUPERSEDED);
        assertThat(guide.revision(1).content().title()).isEqualTo("Første udgave");
    }

    @Test
    void theAuthorNeverReviewsTheirOwnRevision() {
        guide.submit(1);

        assertThatThrownBy(() -> guide.publish(1, "anne", NOW, DUE))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("someone other than its author");
        assertThatThrownBy(() -> guide.reject(1, "anne")).isInstanceOf(FourEyesViolation.class);
        assertThat(guide.revision(1).status()).isEqualTo(RevisionStatus.IN_REVIEW);
    }

    @Test
    void onlyARevisionInReviewIsPublished() {
        assertThatThrownBy(() -> guide.publish(1, "bo", NOW, DUE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("DRAFT");
        assertThatThrownBy(guide::archive).isInstanceOf(ConflictException.class);
    }

    @Test
    void archivingLeavesNothingLive() {
        guide.submit(1);
        guide.publish(1, "bo", NOW, DUE);

        guide.archive();

        assertThat(guide.live()).isEmpty();
        assertThat(RevisionStatus.ARCHIVED.next()).isEmpty();
    }

    @Test
    void anEscalationNamesItsTargetAndDdhResolvesWithoutOne() {
        assertThatThrownBy(() -> new Resolution("login", Resolution.Outcome.ESCALATE, " "))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Resolution("booking", Resolution.Outcome.DDH_RESOLVES, "region-support"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new GuideContent(
                        "T",
                        "B",
                        List.of(),
                        Audience.AGENT,
                        List.of(
                                new Resolution("login", Resolution.Outcome.DDH_RESOLVES, null),
                                new Resolution("Login", Resolution.Outcome.ESCALATE, "x"))))
                .isInstanceOf(InvalidRequestException.class);
    }

    private static GuideContent content(String title) {
        return new GuideContent(title, "1. Gør sådan.", List.of("MitID"), Audience.AGENT, List.of());
    }
}
