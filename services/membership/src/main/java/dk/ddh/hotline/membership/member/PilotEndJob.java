package dk.ddh.hotline.membership.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, sponsored members whose pilot is over start paying for themselves. Safe to run on every instance at
 * once: a member already switched is skipped, and a concurrent switch of the same member fails its optimistic check.
 */
@Component
class PilotEndJob {

    private static final Logger log = LoggerFactory.getLogger(PilotEndJob.class);

    private final MemberService members;
    private final Clock clock;

    PilotEndJob(MemberService members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Scheduled(cron = "${hotline.membership.pilot-end-cron:0 5 0 * * *}", zone = "Europe/Copenhagen")
    List<String> switchEndedPilotsToSelfPaid() {
        LocalDate today = LocalDate.now(clock);
        List<String> switched = new ArrayList<>();
        for (String id : members.sponsoredWithPilotEndedBefore(today)) {
            try {
                if (members.switchToSelfPaidAfterPilot(id, today)) {
                    switched.add(id);
                }
            } catch (RuntimeException e) {
                // One member's failure must not hold back the others; tomorrow's run picks it up again.
                log.warn("Could not switch member {} to self-paid after its pilot", id, e);
            }
        }
        if (!switched.isEmpty()) {
            log.info("Pilot over, now self-paid: {}", switched);
        }
        return switched;
    }
}
