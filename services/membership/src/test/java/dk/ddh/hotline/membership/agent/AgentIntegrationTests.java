package dk.ddh.hotline.membership.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.membership.Members;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HotlineIntegrationTest
class AgentIntegrationTests {

    private static final String API = "/api/membership/v1";

    @LocalServerPort
    int port;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.onPort(port);
        Members.registerIfAbsent(api, admin(), "253", "Greve Kommune", "MUNICIPALITY");
    }

    @Test
    void registersChangesAndDeactivatesAnAgent() {
        Response created = api.post(
                memberAdmin(),
                API + "/members/253/agents",
                Map.of("name", "Mette Hansen", "workEmail", "Mette.Hansen@greve.dk"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("active").asBoolean()).isTrue();
        assertThat(created.body().path("workEmail").asString()).isEqualTo("mette.hansen@greve.dk");
        String agentId = created.body().path("agentId").asString();
        assertThat(created.location().getPath()).isEqualTo(API + "/agents/" + agentId);

        Response changed = api.put(
                memberAdmin(),
                API + "/agents/" + agentId,
                Map.of("name", "Mette Hansen Berg", "workEmail", "mette.berg@greve.dk", "active", false));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("name").asString()).isEqualTo("Mette Hansen Berg");
        assertThat(changed.body().path("active").asBoolean()).isFalse();
        Response listed = api.get(TestTokens.forRoles("SUPERVISOR").mint(), API + "/members/253/agents");
        assertThat(listed.body()
                        .path("items")
                        .valueStream()
                        .map(agent -> agent.path("workEmail").asString()))
                .contains("mette.berg@greve.dk");
        assertThat(api.get(memberAdmin(), API + "/agents/" + agentId)
                        .body()
                        .path("active")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void rejectsAnInvalidWorkEmailWithAFieldError() {
        Response response = api.post(
                memberAdmin(),
                API + "/members/253/agents",
                Map.of("name", "Lars Nielsen", "workEmail", "lars(at)greve"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .contains("workEmail");
    }

    @Test
    void rejectsACprNumberInAnAgentsName() {
        Response response = api.post(
                memberAdmin(),
                API + "/members/253/agents",
                Map.of("name", "Anne Sørensen 010190-1234", "workEmail", "anne.soerensen@greve.dk"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString()))
                .contains("name");
        assertThat(api.get(admin(), API + "/members/253/agents")
                        .body()
                        .path("items")
                        .valueStream()
                        .map(agent -> agent.path("workEmail").asString()))
                .doesNotContain("anne.soerensen@greve.dk");
    }

    @Test
    void refusesAWorkEmailThatAnotherAgentHas() {
        api.post(
                memberAdmin(),
                API + "/members/253/agents",
                Map.of("name", "Jens Pedersen", "workEmail", "jp@greve.dk"));

        Response again = api.post(
                admin(),
                API + "/members/253/agents",
                Map.of("name", "Jens Peter Pedersen", "workEmail", "JP@greve.dk"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("type").asString()).endsWith("/email-taken");
    }

    @Test
    void answers404ForAgentsOfAnUnknownMember() {
        assertThat(api.get(admin(), API + "/members/998/agents").status()).isEqualTo(404);
    }

    private static String memberAdmin() {
        return TestTokens.forRoles("MEMBER_ADMIN").member("253").mint();
    }

    private static String admin() {
        return TestTokens.forRoles("DDH_ADMIN").mint();
    }
}
