package dk.ddh.hotline.web.contact;

import dk.ddh.hotline.web.api.HotlineApi;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The logged-in agent's contacts that call-log holds open (answered, not yet wrapped up), newest first: the first
 * hundred, more than an agent ever has open at once.
 */
@Component
public class OpenCalls {

    private static final int PAGE_SIZE = 100;

    private final HotlineApi api;
    private final MemberNames members;

    OpenCalls(HotlineApi api, MemberNames members) {
        this.api = api;
        this.members = members;
    }

    public List<CallCard> of() {
        members.all();
        OpenContactPage open = api.get(
                "call-log",
                uri -> uri.path("/api/call-log/v1/contacts/open")
                        .queryParam("size", PAGE_SIZE)
                        .build(),
                OpenContactPage.class);
        return open.items().stream()
                .map(contact -> CallCard.of(contact, members))
                .sorted(Comparator.comparing(CallCard::answeredAt).reversed())
                .toList();
    }

    record OpenContactPage(List<OpenContact> items) {}
}
