package dk.ddh.hotline.web.contact;

import dk.ddh.hotline.web.api.HotlineApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The members' names, read from membership with the person's token and kept a few minutes: every call card names the
 * caller's member, also for calls that arrive on RabbitMQ, where no person's token is at hand.
 */
@Component
public class MemberNames {

    private static final Duration FRESH_FOR = Duration.ofMinutes(10);
    private static final int PAGE_SIZE = 100;

    private final HotlineApi api;
    private final Clock clock;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.MIN;

    MemberNames(HotlineApi api) {
        this.api = api;
        this.clock = Clock.systemUTC();
    }

    /** Every member, by name; read anew when older than ten minutes. Needs a person's request. */
    public List<Member> all() {
        if (readAt.plus(FRESH_FOR).isBefore(clock.instant())) {
            Map<String, String> read = new LinkedHashMap<>();
            for (int page = 0; ; page++) {
                int current = page;
                MemberPage members = api.get(
                        "membership",
                        uri -> uri.path("/api/membership/v1/members")
                                .queryParam("page", current)
                                .queryParam("size", PAGE_SIZE)
                                .build(),
                        MemberPage.class);
                members.items().forEach(member -> read.put(member.memberId(), member.name()));
                if ((long) (page + 1) * PAGE_SIZE >= members.totalItems()) {
                    break;
                }
            }
            names = Map.copyOf(read);
            readAt = clock.instant();
        }
        return names.entrySet().stream()
                .map(entry -> new Member(entry.getKey(), entry.getValue()))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    /** The member's name as last read, else its code. */
    public String nameOf(String memberId) {
        return memberId == null ? null : names.getOrDefault(memberId, memberId);
    }

    public record Member(String memberId, String name) {}

    record MemberPage(List<Member> items, long totalItems) {}
}
