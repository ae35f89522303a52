package dk.ddh.hotline.web.contact;

import dk.ddh.hotline.web.api.HotlineApi;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The logged-in agent's contacts that call-log holds open (answered, not yet wrapped up), newest first. */
@Component
public class OpenCalls {

    private final HotlineApi api;
    private final MemberNames members;

    OpenCalls(HotlineApi api, MemberNames members) {
        this.api = api;
        this.members = members;
    }

    public List<CallCard> of() {
        members.all();
        OpenContact[] open = api.get(
                "call-log", uri -> uri.path("/api/call-log/v1/contacts/open").build(), OpenContact[].class);
        return Arrays.stream(open)
                .map(contact -> CallCard.of(contact, members))
                .sorted(Comparator.comparing(CallCard::answeredAt).reversed())
                .toList();
    }
}
