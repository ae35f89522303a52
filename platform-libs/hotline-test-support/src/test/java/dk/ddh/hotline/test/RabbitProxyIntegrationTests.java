package dk.ddh.hotline.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@HotlineIntegrationTest(rabbitThroughProxy = true)
class RabbitProxyIntegrationTests {

    @Autowired
    RabbitProxy proxy;

    @Autowired
    CachingConnectionFactory connectionFactory;

    @Autowired
    RabbitTemplate rabbit;

    @AfterEach
    void restoreBroker() {
        proxy.restore();
    }

    @Test
    void pointsTheApplicationAtTheProxy() {
        assertThat(connectionFactory.getPort()).isEqualTo(proxy.port());
    }

    @Test
    void cutDropsOpenConnectionsAndRefusesNewOnesUntilRestored() throws Exception {
        Connection connection = connectionFactory.createConnection();
        assertThat(connection.isOpen()).isTrue();

        proxy.cut();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (connection.isOpen() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(connection.isOpen()).as("connection dropped by cut()").isFalse();
        assertThatThrownBy(connectionFactory::createConnection).isInstanceOf(AmqpException.class);

        proxy.restore();

        assertThat(connectionFactory.createConnection().isOpen()).isTrue();
    }

    @Test
    void eventProbeCollectsMatchingMessagesAsJson() {
        try (EventProbe probe = EventProbe.listen(connectionFactory, "hotline.probe-test", "member.*")) {
            publish("hotline.probe-test", "agent.registered", "{\"id\":\"other\"}");
            publish("hotline.probe-test", "member.joined", "{\"id\":\"253\"}");

            List<JsonNode> events = probe.await(1, Duration.ofSeconds(5));

            assertThat(events).hasSize(1);
            assertThat(events.get(0).get("id").asString()).isEqualTo("253");
            assertThatThrownBy(() -> probe.await(2, Duration.ofMillis(300)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but 1 arrived")
                    .hasMessageContaining("{\"id\":\"253\"}");
        }
    }

    private void publish(String exchange, String routingKey, String json) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        rabbit.send(exchange, routingKey, new Message(json.getBytes(), properties));
    }
}
