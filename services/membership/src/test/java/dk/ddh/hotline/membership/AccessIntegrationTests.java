package dk.ddh.hotline.membership;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may do what: every denial and every rejected token, against the real security setup. */
@HotlineIntegrationTest
class AccessIntegrationTests {

    private static final String API = "/api/membership/v1";
    private static final Map<String, Object> NEW_MEMBER =
            Map.of("memberId", "390", "name", "Vordingborg Kommune", "kind", "MUNICIPALITY");

    @LocalServerPort
    int port;

    TestHttp api;
    String greveLine;
    String greveAgent;

    @BeforeEach
    void setUp() {
        api = TestHttp.onPort(port);
        if (api.get(admin(), API + "/members/253").status() == 404) {
            api.post(
                    admin(),
                    API + "/members",
                    Map.of("memberId", "253", "name", "Greve Kommune", "kind", "MUNICIPALITY"));
            api.post(
                    admin(),
                    API + "/members",
                    Map.of("memberId", "259", "name", "Køge Kommune", "kind", "MUNICIPALITY"));
            api.post(admin(), API + "/members/253/lines", Map.of("number", "70700253", "scope", "GENERAL"));
            api.post(admin(), API + "/members/253/agents", Map.of("name", "Mette Hansen", "workEmail", "mh@greve.dk"));
        }
        greveLine = api.get(admin(), API + "/members/253/lines")
                .body()
                .path("items")
                .get(0)
                .path("lineId")
                .asString();
        greveAgent = api.get(admin(), API + "/members/253/agents")
                .body()
                .path("items")
                .get(0)
                .path("agentId")
                .asString();
    }

    @Test
    void keepsAMemberAdminToItsOwnMembersLinesAndAgents() {
        String koegeAdmin = memberAdminOf("259");

        assertForbidden(
                api.post(koegeAdmin, API + "/members/253/lines", Map.of("number", "70709999", "scope", "GENERAL")));
        assertForbidden(
                api.put(koegeAdmin, API + "/lines/" + greveLine, Map.of("number", "70709998", "scope", "GENERAL")));
        assertForbidden(api.delete(koegeAdmin, API + "/lines/" + greveLine));
        assertForbidden(api.get(koegeAdmin, API + "/members/253/lines"));
        assertForbidden(api.get(koegeAdmin, API + "/lines/" + greveLine));
        assertForbidden(api.post(
                koegeAdmin, API + "/members/253/agents", Map.of("name", "Ny Agent", "workEmail", "ny@koege.dk")));
        assertForbidden(api.put(
                koegeAdmin,
                API + "/agents/" + greveAgent,
                Map.of("name", "X", "workEmail", "x@koege.dk", "active", false)));
        assertForbidden(api.get(koegeAdmin, API + "/members/253/agents"));
        assertForbidden(api.get(koegeAdmin, API + "/agents/" + greveAgent));
        assertForbidden(api.get(koegeAdmin, API + "/members/253"));
        assertForbidden(api.get(koegeAdmin, API + "/members/253/payer"));
        assertThat(api.get(admin(), API + "/lines/" + greveLine)
                        .body()
                        .path("number")
                        .asString())
                .isEqualTo("+4570700253");
    }

    @Test
    void letsAMemberAdminReadItsOwnMemberButNotListOrChangeMembers() {
        String greveAdmin = memberAdminOf("253");

        assertThat(api.get(greveAdmin, API + "/members/253").status()).isEqualTo(200);
        assertThat(api.get(greveAdmin, API + "/members/253/lines").status()).isEqualTo(200);
        assertForbidden(api.get(greveAdmin, API + "/members"));
        assertForbidden(api.post(greveAdmin, API + "/members/253/transitions", Map.of("to", "SELECTED")));
        assertForbidden(
                api.put(greveAdmin, API + "/members/253/terms", Map.of("payer", "SELF", "committedHoursPerWeek", 1)));
    }

    @Test
    void refusesAgentsAndSupervisorsEveryChange() {
        for (String role : new String[] {"AGENT", "SUPERVISOR"}) {
            String token = TestTokens.forRoles(role).member("253").mint();
            assertForbidden(api.post(token, API + "/members", NEW_MEMBER));
            assertForbidden(api.post(token, API + "/members/253/transitions", Map.of("to", "SELECTED")));
            assertForbidden(
                    api.post(token, API + "/members/253/lines", Map.of("number", "70709997", "scope", "GENERAL")));
            assertForbidden(
                    api.post(token, API + "/members/253/agents", Map.of("name", "Ny", "workEmail", "ny@greve.dk")));
            assertThat(api.get(token, API + "/members").status()).isEqualTo(200);
            assertThat(api.get(token, API + "/members/253/agents").status()).isEqualTo(200);
        }
        assertThat(api.get(admin(), API + "/members/390").status()).isEqualTo(404);
    }

    @Test
    void letsAPartnerOnlyLookUpNumbers() {
        String partner = TestTokens.forRoles("PARTNER").member("1085").mint();

        assertForbidden(api.get(partner, API + "/members"));
        assertForbidden(api.get(partner, API + "/members/253"));
        assertForbidden(api.get(partner, API + "/members/253/lines"));
        assertForbidden(api.get(partner, API + "/members/253/agents"));
        assertForbidden(api.post(partner, API + "/members", NEW_MEMBER));
        assertThat(api.get(partner, API + "/lines/by-number/70700253").status()).isEqualTo(200);
    }

    @Test
    void letsTheRegionAdminManageAnyMembersLines() {
        String regionAdmin = TestTokens.forRoles("REGION_ADMIN").member("1085").mint();

        Response created =
                api.post(regionAdmin, API + "/members/259/lines", Map.of("number", "70700259", "scope", "GENERAL"));

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void rejectsRequestsWithoutAValidToken() {
        String path = API + "/members";
        assertUnauthorized(api.get(null, path));
        assertUnauthorized(api.post(null, path, NEW_MEMBER));
        assertUnauthorized(api.get(TestTokens.forRoles("DDH_ADMIN").expired().mint(), path));
        assertUnauthorized(
                api.get(TestTokens.forRoles("DDH_ADMIN").foreignIssuer().mint(), path));
        assertUnauthorized(api.get(
                TestTokens.forRoles("DDH_ADMIN").audience("someone-else").mint(), path));
        assertUnauthorized(api.get("not-a-jwt", path));
        assertUnauthorized(api.get(null, API + "/lines/by-number/70700253"));
        assertThat(api.get(admin(), API + "/members/390").status()).isEqualTo(404);
    }

    private static void assertForbidden(Response response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String memberAdminOf(String memberId) {
        return TestTokens.forRoles("MEMBER_ADMIN").member(memberId).mint();
    }

    private static String admin() {
        return TestTokens.forRoles("DDH_ADMIN").mint();
    }
}
