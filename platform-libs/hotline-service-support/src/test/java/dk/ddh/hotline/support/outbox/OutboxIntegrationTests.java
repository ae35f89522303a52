package dk.ddh.hotline.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.RabbitProxy;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The outbox and the consumer support against a real broker: no event is lost while RabbitMQ is away, a rolled-back
 * change sends none, a redelivered event is applied once and a poison message ends in the dead-letter queue.
 */
@HotlineIntegrationTest(rabbitThroughProxy = true)
class OutboxIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUEUE = "hotline.sample.sample";

    @LocalServerPort
    int port;

    @Autowired
    RabbitProxy broker;

    @Value("${spring.rabbitmq.virtual-host}")
    String virtualHost;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcClient jdbc;

    private final String admin =
            TestTokens.forRoles("MEMBER_ADMIN").member("253").mint();

    @Test
    void writesSucceedWhileTheBrokerIsAwayAndEveryEventArrivesAfterwards() {
        try (EventProbe probe = EventProbe.listenOnBroker(virtualHost, "hotline.sample", "note.written")) {
            broker.cut();
            List<String> ids = IntStream.range(0, 5)
                    .mapToObj(i -> "outage-" + i)
                    .peek(id -> assertThat(write(id, "Nulstil MitID").status()).isEqualTo(201))
                    .toList();
            broker.restore();

            List<JsonNode> events = probe.await(5, WAIT);

            assertThat(events).extracting(e -> e.path("subject").asString()).containsExactlyElementsOf(ids);
            assertThat(events.get(0).path("type").asString()).isEqualTo("note.written");
            assertThat(events.get(0).path("data").path("text").asString()).isEqualTo("Nulstil MitID");
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        assertThat(write("rolled-back", "roll back").status()).isEqualTo(500);
        assertThat(write("after-rollback", "Digital Post").status()).isEqualTo(201);

        await().atMost(WAIT).until(() -> applied("after-rollback") == 1);
        assertThat(jdbc.sql("select count(*) from hotline_outbox where routing_key = 'note.written'"
                                + " and payload like '%rolled-back%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(applied("rolled-back")).isZero();
    }

    @Test
    void theConsumerContinuesTheTraceOfTheRequestThatMadeTheChange() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        TestHttp.Response reply = TestHttp.onPort(port)
                .post(
                        admin,
                        "/members/253/notes",
                        """
                                {"id": "traced", "text": "Min Sundhed", "kind": "CHAT"}""",
                        Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(reply.status()).isEqualTo(201);

        await().atMost(WAIT).until(() -> applied("traced") == 1);
        assertThat(jdbc.sql("select trace_id from applied_note_event where note_id = 'traced'")
                        .query(String.class)
                        .single())
                .isEqualTo(traceId);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String eventId = UUID.randomUUID().toString();
        Message event = event(eventId, "twice", "Min Sundhed");

        rabbit.send("hotline.sample", "note.written", event);
        rabbit.send("hotline.sample", "note.written", event);
        assertThat(write("marker", "Min Læge").status()).isEqualTo(201);

        await().atMost(WAIT).until(() -> applied("marker") == 1);
        assertThat(applied("twice")).isEqualTo(1);
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterQueue() {
        String eventId = UUID.randomUUID().toString();
        rabbit.send("hotline.sample", "note.written", event(eventId, "poison-note", "poison"));

        Message dead = rabbit.receive(QUEUE + ".dlq", WAIT.toMillis());

        assertThat(dead).isNotNull();
        assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).contains(eventId);
        assertThat(applied("poison-note")).isZero();
    }

    private TestHttp.Response write(String id, String text) {
        return TestHttp.onPort(port).post(admin, "/members/253/notes", """
                {"id": "%s", "text": "%s", "kind": "CALL"}""".formatted(id, text));
    }

    private int applied(String noteId) {
        return jdbc.sql("select count(*) from applied_note_event where note_id = :noteId")
                .param("noteId", noteId)
                .query(Integer.class)
                .single();
    }

    private static Message event(String eventId, String noteId, String text) {
        String json = """
                {"specversion": "1.0", "id": "%s", "source": "/hotline/sample", "type": "note.written",
                 "time": "2026-11-23T08:00:00Z", "subject": "%s", "data": {"noteId": "%s", "text": "%s"}}""".formatted(eventId, noteId, noteId, text);
        return MessageBuilder.withBody(json.getBytes(StandardCharsets.UTF_8))
                .setContentType("application/json")
                .setMessageId(eventId)
                .build();
    }
}
