package dk.ddh.hotline.membership;

import dk.ddh.hotline.test.TestHttp;
import java.util.Map;

/** Members a test needs, registered through the API. */
public final class Members {

    private Members() {}

    /** Registers the member unless a test before has done so (members outlive a test within its class). */
    public static void registerIfAbsent(TestHttp api, String token, String memberId, String name, String kind) {
        if (api.get(token, "/api/membership/v1/members/" + memberId).status() == 404) {
            api.post(token, "/api/membership/v1/members", Map.of("memberId", memberId, "name", name, "kind", kind));
        }
    }
}
