package dk.ddh.hotline.web.contact;

import dk.ddh.hotline.contracts.calllog.ContactAnswered;
import dk.ddh.hotline.contracts.membership.LineScope;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the agent sees of a call beside the guides: the dialled line, whose citizen it is, the line's scope, whether
 * the caller called recently, when it was answered.
 *
 * @param memberId the caller's member, the context of the guide search
 */
public record CallCard(
        String contactId,
        String channel,
        String line,
        String memberId,
        String memberName,
        LineScope lineScope,
        boolean repeatCaller,
        Instant answeredAt,
        boolean ended) {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("da"));

    public static CallCard of(ContactAnswered answered, MemberNames members) {
        return new CallCard(
                answered.contactId(),
                "PHONE",
                answered.dialledNumber(),
                answered.memberId(),
                members.nameOf(answered.memberId()),
                answered.lineScope(),
                answered.repeatCaller(),
                answered.answeredAt(),
                false);
    }

    public static CallCard of(OpenContact contact, MemberNames members) {
        return new CallCard(
                contact.contactId(),
                contact.channel(),
                contact.dialledNumber(),
                contact.memberId(),
                members.nameOf(contact.memberId()),
                contact.lineScope(),
                contact.repeatCaller(),
                contact.answeredAt() == null ? contact.offeredAt() : contact.answeredAt(),
                contact.endedAt() != null);
    }

    /** The channel in Danish. */
    public String channelLabel() {
        return "CHAT".equals(channel) ? "Chat" : "Telefon";
    }

    /** The line's scope in Danish. */
    public String scopeLabel() {
        if (lineScope == null) {
            return "Ukendt linje";
        }
        return lineScope == LineScope.HEALTH_APPS ? "Sundhedsapps" : "Generel digital hjælp";
    }

    /** A Danish number as it is said: +4570101085 → 70 10 10 85. */
    public String lineLabel() {
        if (line == null) {
            return null;
        }
        String digits = line.startsWith("+45") ? line.substring(3) : line;
        if (digits.length() != 8) {
            return line;
        }
        return digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                + digits.substring(6);
    }

    /** When it was answered, Danish time. */
    public String answeredLabel() {
        return answeredAt == null ? "" : CLOCK.format(answeredAt.atZone(DANISH_TIME));
    }
}
