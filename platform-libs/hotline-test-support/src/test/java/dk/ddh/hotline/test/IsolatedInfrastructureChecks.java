package dk.ddh.hotline.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Run by two test classes: each must get its own database, role and virtual host. */
@HotlineIntegrationTest
abstract class IsolatedInfrastructureChecks {

    private static final Set<String> DATABASES_SEEN = ConcurrentHashMap.newKeySet();
    private static final Set<String> VHOSTS_SEEN = ConcurrentHashMap.newKeySet();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CachingConnectionFactory connectionFactory;

    @Autowired
    RabbitTemplate rabbit;

    private String expectedPrefix() {
        return "t_" + getClass().getSimpleName().toLowerCase(Locale.ROOT) + "_";
    }

    @Test
    void connectsToAFreshDatabaseOwnedByItsOwnRole() {
        String database = jdbc.queryForObject("select current_database()", String.class);
        String role = jdbc.queryForObject("select current_user", String.class);

        assertThat(database).startsWith(expectedPrefix());
        assertThat(role).isEqualTo(database);
        assertThat(DATABASES_SEEN.add(database))
                .as("database %s already used by another test class", database)
                .isTrue();
    }

    @Test
    void doesNotSeeTablesOfAnotherTestClass() {
        String marker = "marker_" + getClass().getSimpleName().toLowerCase(Locale.ROOT);
        jdbc.execute("create table " + marker + " (id int)");

        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = 'public'", String.class))
                .containsExactly(marker);
    }

    @Test
    void connectsToAFreshVirtualHostThatCarriesMessages() {
        String vhost = connectionFactory.getVirtualHost();
        assertThat(vhost).startsWith(expectedPrefix());
        assertThat(VHOSTS_SEEN.add(vhost))
                .as("virtual host %s already used by another test class", vhost)
                .isTrue();

        new RabbitAdmin(connectionFactory)
                .declareQueue(QueueBuilder.durable("isolation-check").build());
        rabbit.convertAndSend("isolation-check", "hello from " + getClass().getSimpleName());

        assertThat(rabbit.receiveAndConvert("isolation-check", 5_000))
                .isEqualTo("hello from " + getClass().getSimpleName());
        assertThat(rabbit.receive("isolation-check"))
                .as("no message of another test class in this vhost")
                .isNull();
    }
}
