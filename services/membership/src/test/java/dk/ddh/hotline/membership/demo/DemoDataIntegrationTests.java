package dk.ddh.hotline.membership.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@HotlineIntegrationTest
@ActiveProfiles("demo")
class DemoDataIntegrationTests {

    private static final String API = "/api/membership/v1";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.onPort(port);
    }

    @Test
    void loadsTheRegionItsSeventeenMunicipalitiesAndThreeDdhMembers() {
        Response all = api.get(token(), API + "/members?size=100");

        assertThat(all.body().path("totalItems").asLong()).isEqualTo(21);
        assertThat(api.get(token(), API + "/members?kind=REGION")
                        .body()
                        .path("items")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("ACTIVE");
        JsonNode greve = api.get(token(), API + "/members/253").body();
        assertThat(greve.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(greve.path("payer").asString()).isEqualTo("SPONSOR");
        assertThat(greve.path("sponsorId").asString()).isEqualTo("1085");
        assertThat(greve.path("pilotEnd").asString()).isEqualTo("2027-12-31");
        JsonNode solroed = api.get(token(), API + "/members/269").body(); // a later wave: its own pilot dates
        assertThat(solroed.path("status").asString()).isEqualTo("ONBOARDING");
        assertThat(solroed.path("pilotStart").asString()).isEqualTo("2027-01-01");
        assertThat(solroed.path("sponsorId").asString()).isEqualTo("1085");
        assertThat(api.get(token(), API + "/members/751").body().path("payer").asString())
                .isEqualTo("SELF");
        assertThat(api.get(token(), API + "/members?status=INVITED")
                        .body()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(9);
        assertThat(api.get(token(), API + "/members/253/agents").body().path("items"))
                .hasSizeBetween(2, 4);
        assertThat(api.get(TestTokens.forRoles("PARTNER").mint(), API + "/lines/by-number/+4570101085")
                        .body()
                        .path("scope")
                        .asString())
                .isEqualTo("HEALTH_APPS");
    }

    @Test
    void loadsNothingTheSecondTime() {
        List<Long> before = counts();

        demoData.run(new DefaultApplicationArguments());

        assertThat(counts()).isEqualTo(before);
    }

    /** Members, lines, agents and active members: a second load changes none of them. */
    private List<Long> counts() {
        return List.of(count("member"), count("hotline_line"), count("agent"), count("member where status = 'ACTIVE'"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String token() {
        return TestTokens.forRoles("SUPERVISOR").mint();
    }
}
