package dk.ddh.hotline.guides;

import dk.ddh.hotline.contracts.membership.MemberKind;
import dk.ddh.hotline.contracts.membership.MemberStatus;
import dk.ddh.hotline.guides.membership.KnownMember;
import dk.ddh.hotline.guides.membership.KnownMemberService;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test steps through the API: write, submit and approve guides as different people. */
public final class GuideSteps {

    public static final List<String> FULL_CHECKLIST = List.of(
            "purpose-stated",
            "steps-numbered",
            "system-and-version-named",
            "last-verified",
            "plain-danish",
            "no-personal-data",
            "resolution-boundary-stated");

    private final TestHttp api;

    public GuideSteps(TestHttp api) {
        this.api = api;
    }

    /** Makes the members known as membership's events would. */
    public static void know(KnownMemberService members, String... codes) {
        for (String code : codes) {
            MemberKind kind = code.length() == 4 ? MemberKind.REGION : MemberKind.MUNICIPALITY;
            members.remember(new KnownMember(code, "Medlem " + code, kind, MemberStatus.ACTIVE), Instant.EPOCH);
        }
    }

    public static Map<String, Object> guide(
            String owner, String title, String body, String audience, String... systems) {
        Map<String, Object> guide = new HashMap<>();
        guide.put("owner", owner);
        guide.put("title", title);
        guide.put("body", body);
        guide.put("audience", audience);
        guide.put("systems", List.of(systems));
        return guide;
    }

    /** Writes, submits and approves a guide; returns its id. */
    public String publish(String authorToken, String reviewerToken, Map<String, Object> guide) {
        Response written = api.post(authorToken, "/guides", guide);
        assertStatus(written, 201);
        String id = written.body().path("guideId").asString();
        assertStatus(api.post(authorToken, "/guides/" + id + "/revisions/1/submit", null), 200);
        assertStatus(approve(reviewerToken, id, 1), 200);
        return id;
    }

    public Response approve(String reviewerToken, String guideId, int revision) {
        return api.post(
                reviewerToken,
                "/guides/" + guideId + "/revisions/" + revision + "/approve",
                Map.of("checklist", FULL_CHECKLIST));
    }

    public static String ddhAdmin(String subject) {
        return TestTokens.forRoles("DDH_ADMIN").subject(subject).mint();
    }

    public static String memberAdmin(String member, String subject) {
        return TestTokens.forRoles("MEMBER_ADMIN")
                .member(member)
                .subject(subject)
                .mint();
    }

    public static String regionAdmin(String subject) {
        return TestTokens.forRoles("REGION_ADMIN")
                .member("1085")
                .subject(subject)
                .mint();
    }

    public static String agent(String member) {
        return TestTokens.forRoles("AGENT")
                .member(member)
                .subject("agent-" + member)
                .mint();
    }

    private static void assertStatus(Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.status() + ": " + response.body());
        }
    }
}
