package dk.ddh.hotline.membership.line;

import dk.ddh.hotline.contracts.EventEnvelope;
import dk.ddh.hotline.contracts.EventType;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.membership.LineChanged;
import dk.ddh.hotline.contracts.membership.LineRegistered;
import dk.ddh.hotline.contracts.membership.LineRemoved;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.contracts.membership.MembershipEvents;
import dk.ddh.hotline.membership.member.Member;
import dk.ddh.hotline.membership.member.MemberService;
import dk.ddh.hotline.support.outbox.EventOutbox;
import dk.ddh.hotline.support.phone.PhoneNumber;
import dk.ddh.hotline.support.problem.ConflictException;
import dk.ddh.hotline.support.problem.NotFoundException;
import dk.ddh.hotline.support.web.PageResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, changes and removes hotline lines, each change with its event in the outbox. */
@Service
public class LineService {

    private final Lines lines;
    private final MemberService members;
    private final EventOutbox outbox;
    private final Clock clock;

    LineService(Lines lines, MemberService members, EventOutbox outbox, Clock clock) {
        this.lines = lines;
        this.members = members;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public HotlineLine register(String memberId, PhoneNumber number, LineScope scope) {
        Member member = members.get(memberId);
        if (member.status() == MemberStatus.LEFT) {
            throw new ConflictException(
                    "member-has-left",
                    "Member " + memberId + " has left the hotline and gets no new lines",
                    Map.of("memberId", memberId));
        }
        requireFree(number, null);
        HotlineLine line = new HotlineLine(UUID.randomUUID(), number, scope, memberId);
        try {
            lines.insert(line, clock.instant());
        } catch (DuplicateKeyException raceLost) {
            throw numberTaken(number);
        }
        publish(MembershipEvents.LINE_REGISTERED, line, new LineRegistered(line.snapshot()));
        return line;
    }

    @Transactional
    public HotlineLine change(UUID lineId, PhoneNumber number, LineScope scope) {
        HotlineLine line = get(lineId);
        requireFree(number, lineId);
        if (line.change(number, scope)) {
            try {
                lines.update(line);
            } catch (DuplicateKeyException raceLost) {
                throw numberTaken(number);
            }
            publish(MembershipEvents.LINE_CHANGED, line, new LineChanged(line.snapshot()));
        }
        return line;
    }

    @Transactional
    public void remove(UUID lineId) {
        HotlineLine line = get(lineId);
        lines.delete(lineId);
        publish(MembershipEvents.LINE_REMOVED, line, new LineRemoved(line.snapshot()));
    }

    @Transactional(readOnly = true)
    public HotlineLine get(UUID lineId) {
        return lines.find(lineId).orElseThrow(() -> new NotFoundException("line", lineId));
    }

    @Transactional(readOnly = true)
    public HotlineLine byNumber(PhoneNumber number) {
        return lines.findByNumber(number).orElseThrow(() -> new NotFoundException("line", number.e164()));
    }

    @Transactional(readOnly = true)
    public PageResponse<HotlineLine> ofMember(String memberId, int page, int size) {
        if (!members.exists(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        return lines.ofMember(memberId, page, size);
    }

    private void requireFree(PhoneNumber number, UUID exceptLine) {
        lines.findByNumber(number)
                .filter(existing -> !existing.id().equals(exceptLine))
                .ifPresent(existing -> {
                    throw numberTaken(number);
                });
    }

    private <T> void publish(EventType<T> type, HotlineLine line, T data) {
        outbox.append(
                Exchanges.MEMBERSHIP,
                EventEnvelope.of(MembershipEvents.SOURCE, type, line.id().toString(), data));
    }

    private static ConflictException numberTaken(PhoneNumber number) {
        return new ConflictException(
                "number-taken", number.e164() + " already belongs to a line", Map.of("number", number.e164()));
    }
}
