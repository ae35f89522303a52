package dk.ddh.hotline.calllog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo's year of contacts: realistic patterns, loaded once. */
@HotlineIntegrationTest
@ActiveProfiles("demo")
class DemoContactsIntegrationTests {

    @Autowired
    DemoContacts demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearOfWeekdayContactsWithHealthAppsOnTheRegionsLineLoadedOnce() {
        long contacts = count("select count(*) from contact");
        assertThat(contacts).isBetween(25_000L, 60_000L);
        assertThat(count("""
                        select count(*) from contact
                        where extract(isodow from offered_at at time zone 'Europe/Copenhagen') > 5""")).isZero();
        assertThat(count("""
                        select count(*) from contact where member_id = '1085'
                          and not systems && array['MinSundhedsplatform', 'Min Sundhed', 'Min Læge']
                          and outcome <> 'ABANDONED'""")).isZero();
        long healthEscalations =
                count("select count(*) from contact where line_scope = 'HEALTH_APPS' and outcome = 'ESCALATED'");
        assertThat(healthEscalations).isPositive();
        assertThat(count("select count(*) from contact where called_again")).isPositive();
        assertThat(
                        count(
                                "select count(*) from contact where notes is not null and offered_at < now() - interval '91 days'"))
                .isZero();

        demo.run(null);

        assertThat(count("select count(*) from contact")).isEqualTo(contacts);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
