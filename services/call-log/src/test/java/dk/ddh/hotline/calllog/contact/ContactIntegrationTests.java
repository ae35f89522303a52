package dk.ddh.hotline.calllog.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.ddh.hotline.calllog.LearntFromMembership;
import dk.ddh.hotline.calllog.MembershipNews;
import dk.ddh.hotline.contracts.Exchanges;
import dk.ddh.hotline.contracts.membership.LineScope;
import dk.ddh.hotline.test.EventProbe;
import dk.ddh.hotline.test.HotlineIntegrationTest;
import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Contacts as the phone platform and the agents create them: one per call however often its events arrive, the
 * member from the dialled line (learnt from membership's events), no caller number and no CPR number stored, a
 * {@code contact.answered} event for the agent's console and a {@code contact.closed} event without personal data.
 */
@HotlineIntegrationTest
class ContactIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CTI = "/api/call-log/v1/cti/calls/";
    private static final String CTI_BATCH = "/api/call-log/v1/cti/events";
    private static final String CONTACTS = "/api/call-log/v1/contacts";

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    TestHttp api;
    final String telephony = TestTokens.forRoles("PARTNER").subject("telephony").mint();
    final String greveAgent =
            TestTokens.forRoles("AGENT").member("253").subject("agent.greve").mint();

    @BeforeEach
    void greveHasALine() {
        api = TestHttp.onPort(port);
        LearntFromMembership learnt = new LearntFromMembership(jdbc);
        if (!learnt.line("+4570101253")) {
            new MembershipNews(rabbit).line("line-253", "+4570101253", LineScope.GENERAL, "253");
            learnt.awaitLines("+4570101253");
        }
    }

    @Test
    void aCallSequenceSentTwiceIsOneContactOfTheDialledLinesMember() {
        String call = "call-" + UUID.randomUUID();
        for (int delivery = 0; delivery < 2; delivery++) {
            cti(call, """
                    {"type": "OFFERED", "at": "2026-11-23T09:00:00Z", "dialledNumber": "70 10 12 53",
                     "callerNumber": "+45 20 30 40 50"}""");
            cti(call, """
                    {"type": "ANSWERED", "at": "2026-11-23T09:00:42Z", "agent": "agent.greve",
                     "agentMemberId": "253"}""");
        }
        JsonNode contact = cti(call, """
                {"type": "ENDED", "at": "2026-11-23T09:05:42Z"}""");

        assertThat(jdbc.sql("select count(*) from contact where call_id = :call")
                        .param("call", call)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(contact.path("memberId").asString()).isEqualTo("253");
        assertThat(contact.path("lineScope").asString()).isEqualTo("GENERAL");
        assertThat(contact.path("unknownNumber").asBoolean()).isFalse();
        assertThat(contact.path("waitSeconds").asLong()).isEqualTo(42);
        assertThat(contact.path("handlingSeconds").asLong()).isEqualTo(300);
        String stored = jdbc.sql("select caller_hash from contact where call_id = :call")
                .param("call", call)
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).doesNotContain("20304050");
    }

    @Test
    void anAnswerOrEndBeforeTheOfferIsRefusedAsBadInput() {
        String call = "call-" + UUID.randomUUID();
        cti(call, """
                {"type": "OFFERED", "at": "2026-11-23T09:00:00Z", "dialledNumber": "70101253"}""");

        Response early = api.post(telephony, CTI + call + "/events", """
                {"type": "ANSWERED", "at": "2026-11-23T08:59:59Z", "agent": "agent.greve"}""");

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body().path("errors").get(0).path("field").asString()).isEqualTo("at");
        assertThat(api.post(telephony, CTI + call + "/events", """
                        {"type": "ENDED", "at": "2026-11-23T08:00:00Z"}""").status()).isEqualTo(400);
        assertThat(cti(call, """
                        {"type": "ENDED", "at": "2026-11-23T09:01:00Z"}""").path("outcome").asString()).isEqualTo("ABANDONED");
    }

    @Test
    void anEndBeforeTheAnswerIsRefusedAndTheDatabaseKeepsTheLifecycleInOrderToo() {
        String call = "call-" + UUID.randomUUID();
        offeredAndAnswered(call, null, Instant.parse("2026-11-23T09:00:00Z"));

        Response early = api.post(telephony, CTI + call + "/events", """
                {"type": "ENDED", "at": "2026-11-23T09:00:05Z"}""");

        assertThat(early.status()).as(early.text()).isEqualTo(400);
        assertThat(early.body().path("errors").get(0).path("field").asString()).isEqualTo("at");
        for (String outOfOrder : List.of(
                "ended_at = answered_at - interval '1 second'",
                "closed_at = now(), outcome = 'RESOLVED'",
                "outcome = 'RESOLVED'",
                "ended_at = answered_at, closed_at = now(), outcome = 'HUNG_UP'",
                "answered_at = null, ended_at = offered_at, closed_at = now(), outcome = 'RESOLVED'")) {
            assertThatThrownBy(() -> jdbc.sql("update contact set " + outOfOrder + " where call_id = :call")
                            .param("call", call)
                            .update())
                    .as(outOfOrder)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    @Test
    void anUnknownNumberIsLoggedAndFlagged() {
        JsonNode contact = cti("call-" + UUID.randomUUID(), """
                {"type": "OFFERED", "at": "2026-11-23T09:00:00Z", "dialledNumber": "+4599999999"}""");

        assertThat(contact.path("unknownNumber").asBoolean()).isTrue();
        assertThat(contact.path("memberId").isNull()).isTrue();
    }

    @Test
    void aCallEndedUnansweredIsClosedAsAbandonedAndPublished() {
        String call = "call-" + UUID.randomUUID();
        try (EventProbe closed = EventProbe.listen(connectionFactory, Exchanges.CALL_LOG, "contact.closed")) {
            cti(call, """
                    {"type": "OFFERED", "at": "2026-11-23T10:00:00Z", "dialledNumber": "70101253"}""");
            JsonNode contact = cti(call, """
                    {"type": "ENDED", "at": "2026-11-23T10:02:00Z"}""");

            assertThat(contact.path("outcome").asString()).isEqualTo("ABANDONED");
            JsonNode late = cti(call, """
                    {"type": "ANSWERED", "at": "2026-11-23T10:01:00Z", "agent": "agent.greve"}""");
            assertThat(late.path("answeredAt").isNull())
                    .as("an answer after the end changes nothing")
                    .isTrue();
            JsonNode event = closed.await(1, WAIT).get(0);
            assertThat(event.path("data").path("outcome").asString()).isEqualTo("ABANDONED");
            assertThat(event.path("data").path("memberId").asString()).isEqualTo("253");
        }
    }

    @Test
    void anAgentsWrapUpClosesTheContactAndPublishesItWithoutPersonalData() {
        String contactId = startedAndEnded();
        try (EventProbe closed = EventProbe.listen(connectionFactory, Exchanges.CALL_LOG, "contact.closed")) {
            Response wrapped = api.put(greveAgent, CONTACTS + "/" + contactId + "/wrap-up", """
                    {"outcome": "RESOLVED", "systems": ["MitID"], "guideIds": ["g-1"],
                     "notes": "Borgeren fik hjælp til at genaktivere MitID-appen."}""");

            assertThat(wrapped.status()).as(wrapped.text()).isEqualTo(200);
            JsonNode event = closed.await(1, WAIT).get(0);
            assertThat(event.path("subject").asString()).isEqualTo(contactId);
            assertThat(event.path("data").path("systems").get(0).asString()).isEqualTo("MitID");
            assertThat(event.toString()).doesNotContain("genaktivere");
        }
        Response again = api.put(greveAgent, CONTACTS + "/" + contactId + "/wrap-up", """
                {"outcome": "RESOLVED"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("type").asString()).endsWith("/contact-closed");
    }

    @Test
    void anAgentSeesTheirOwnContactsStillToBeWrappedUp() {
        String call = "call-" + UUID.randomUUID();
        cti(call, """
                {"type": "OFFERED", "at": "2026-11-23T11:00:00Z", "dialledNumber": "70101253"}""");
        String answeredByCti = cti(call, """
                        {"type": "ANSWERED", "at": "2026-11-23T11:00:05Z", "agent": "agent.greve"}""").path("contactId").asString();
        String ended = startedAndEnded();

        JsonNode open = api.get(greveAgent, CONTACTS + "/open?size=100").body().path("items");

        assertThat(open.findValuesAsString("contactId")).contains(answeredByCti, ended);
        String colleague = TestTokens.forRoles("AGENT")
                .member("253")
                .subject("agent.other")
                .mint();
        assertThat(api.get(colleague, CONTACTS + "/open")
                        .body()
                        .path("totalItems")
                        .asLong())
                .isZero();
        api.put(greveAgent, CONTACTS + "/" + ended + "/wrap-up", """
                {"outcome": "RESOLVED"}""");
        assertThat(api.get(greveAgent, CONTACTS + "/open?size=100")
                        .body()
                        .path("items")
                        .findValuesAsString("contactId"))
                .doesNotContain(ended);
    }

    @Test
    void openContactsComeAPageAtATimeOfAtMostAHundred() {
        String agent = TestTokens.forRoles("AGENT")
                .member("253")
                .subject("agent.paged-" + UUID.randomUUID())
                .mint();
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            started.add(api.post(agent, CONTACTS, """
                            {"channel": "CHAT", "memberId": "253"}""").body().path("contactId").asString());
        }

        JsonNode first = api.get(agent, CONTACTS + "/open?page=0&size=2").body();
        JsonNode second = api.get(agent, CONTACTS + "/open?page=1&size=2").body();

        assertThat(first.path("totalItems").asLong()).isEqualTo(3);
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("items").findValuesAsString("contactId")).hasSize(2);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(Stream.concat(
                        first.path("items").findValuesAsString("contactId").stream(),
                        second.path("items").findValuesAsString("contactId").stream()))
                .containsExactlyInAnyOrderElementsOf(started);
        Response tooLarge = api.get(agent, CONTACTS + "/open?size=101");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    @Test
    void notesWithACprNumberAreRefusedAndNothingIsStored() {
        String contactId = startedAndEnded();

        Response refused = api.put(greveAgent, CONTACTS + "/" + contactId + "/wrap-up", """
                {"outcome": "RESOLVED", "notes": "Borger med cpr 010203-1234 kunne ikke logge på"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("notes");
        JsonNode stored = api.get(greveAgent, CONTACTS + "/" + contactId).body();
        assertThat(stored.path("notes").isNull()).isTrue();
        assertThat(stored.path("closedAt").isNull()).isTrue();
    }

    @Test
    void onlyItsMembersAdminsDdhAndTheRegionSeeAContact() {
        String contactId = startedAndEnded();
        String path = CONTACTS + "/" + contactId;

        assertThat(api.get(TestTokens.forRoles("MEMBER_ADMIN").member("253").mint(), path)
                        .status())
                .isEqualTo(200);
        assertThat(api.get(TestTokens.forRoles("REGION_ADMIN").member("1085").mint(), path)
                        .status())
                .isEqualTo(200);
        Response koege =
                api.get(TestTokens.forRoles("MEMBER_ADMIN").member("259").mint(), path);
        assertThat(koege.status()).isEqualTo(403);
        assertThat(koege.body().path("type").asString()).endsWith("/forbidden");
        assertThat(api.get(null, path).status()).isEqualTo(401);
        assertThat(api.get(TestTokens.forRoles("DDH_ADMIN").expired().mint(), path)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void onlyThePhonePlatformReportsCalls() {
        Response refused = api.post(greveAgent, CTI + "call-x/events", """
                {"type": "OFFERED", "at": "2026-11-23T09:00:00Z", "dialledNumber": "70101253"}""");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.post(telephony, CTI + "never-offered/events", """
                        {"type": "ENDED", "at": "2026-11-23T09:00:00Z"}""").status())
                .isEqualTo(404);
        assertThat(api.post(telephony, CTI + "call-y/events", """
                        {"type": "OFFERED", "at": "2026-11-23T09:00:00Z", "dialledNumber": "not a number"}""").status()).isEqualTo(400);
    }

    @Test
    void aBatchOfInterleavedCallsIsOneContactPerCallAndSendingItAgainChangesNothing() {
        String first = "batch-" + UUID.randomUUID();
        String second = "batch-" + UUID.randomUUID();
        String batch = """
                {"events": [
                  {"callId": "%1$s", "event": {"type": "OFFERED", "at": "2026-11-23T10:00:00Z", "dialledNumber": "70101253"}},
                  {"callId": "%2$s", "event": {"type": "OFFERED", "at": "2026-11-23T10:00:05Z", "dialledNumber": "70101253"}},
                  {"callId": "%1$s", "event": {"type": "ANSWERED", "at": "2026-11-23T10:00:20Z", "agent": "agent.greve"}},
                  {"callId": "%2$s", "event": {"type": "ENDED", "at": "2026-11-23T10:01:05Z"}},
                  {"callId": "%1$s", "event": {"type": "ENDED", "at": "2026-11-23T10:04:20Z"}}
                ]}""".formatted(first, second);

        Response recorded = api.post(telephony, CTI_BATCH, batch);
        Response again = api.post(telephony, CTI_BATCH, batch);

        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        assertThat(recorded.body().path("contacts"))
                .extracting(contact -> contact.path("callId").asString())
                .containsExactly(first, second);
        JsonNode answered = recorded.body().path("contacts").get(0);
        assertThat(answered.path("memberId").asString()).isEqualTo("253");
        assertThat(answered.path("waitSeconds").asLong()).isEqualTo(20);
        assertThat(answered.path("handlingSeconds").asLong()).isEqualTo(240);
        assertThat(recorded.body().path("contacts").get(1).path("outcome").asString())
                .isEqualTo("ABANDONED");
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.body().path("contacts")).isEqualTo(recorded.body().path("contacts"));
        assertThat(jdbc.sql("select count(*) from contact where call_id in (:first, :second)")
                        .param("first", first)
                        .param("second", second)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aBatchWithAnAnswerBeforeItsOfferIsRefusedWholeNamingTheEvent() {
        String recordedFirst = "batch-" + UUID.randomUUID();
        String early = "batch-" + UUID.randomUUID();

        Response refused = api.post(telephony, CTI_BATCH, """
                {"events": [
                  {"callId": "%1$s", "event": {"type": "OFFERED", "at": "2026-11-23T11:00:00Z", "dialledNumber": "70101253"}},
                  {"callId": "%2$s", "event": {"type": "OFFERED", "at": "2026-11-23T11:00:30Z", "dialledNumber": "70101253"}},
                  {"callId": "%2$s", "event": {"type": "ANSWERED", "at": "2026-11-23T11:00:10Z", "agent": "agent.greve"}}
                ]}""".formatted(recordedFirst, early));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("events[2].event.at");
        assertThat(jdbc.sql("select count(*) from contact where call_id in (:first, :early)")
                        .param("first", recordedFirst)
                        .param("early", early)
                        .query(Integer.class)
                        .single())
                .as("nothing of a refused batch is recorded")
                .isZero();
    }

    @Test
    void aBatchThatLosesADeadlockIsRefusedWholeAndCanBeSentAgain() throws Exception {
        String first = "batch-" + UUID.randomUUID();
        String second = "batch-" + UUID.randomUUID();
        cti(first, """
                {"type": "OFFERED", "at": "2026-11-23T12:00:00Z", "dialledNumber": "70101253"}""");
        cti(second, """
                {"type": "OFFERED", "at": "2026-11-23T12:00:01Z", "dialledNumber": "70101253"}""");
        String batch = """
                {"events": [
                  {"callId": "%s", "event": {"type": "ANSWERED", "at": "2026-11-23T12:00:30Z", "agent": "agent.greve"}},
                  {"callId": "%s", "event": {"type": "ANSWERED", "at": "2026-11-23T12:00:31Z", "agent": "agent.greve"}}
                ]}""".formatted(first, second);

        Response refused;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            lock(other, second); // another writer holds the second call ...
            CompletableFuture<Response> sent =
                    CompletableFuture.supplyAsync(() -> api.post(telephony, CTI_BATCH, batch));
            // ... while the batch holds the first and waits. PostgreSQL looks for a deadlock once, a second after a
            // wait begins: the batch must still be waiting then, so this polls fast.
            await().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .atMost(WAIT)
                    .until(() -> waitingForLocks() == 1);
            lock(other, first); // and now wants the first: PostgreSQL rolls the batch back, which waited longer
            refused = sent.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            other.rollback();
        }

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.body().path("type").asString()).endsWith("/concurrent-modification");
        assertThat(jdbc.sql("select count(*) from contact where call_id in (:first, :second) and answered_at is null")
                        .param("first", first)
                        .param("second", second)
                        .query(Integer.class)
                        .single())
                .as("nothing of the refused batch is stored")
                .isEqualTo(2);
        Response again = api.post(telephony, CTI_BATCH, batch);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.body().path("contacts"))
                .extracting(contact -> contact.path("waitSeconds").asLong())
                .containsExactly(30L, 30L);
    }

    @Test
    void aBatchNeedsEventsOfOfferedCallsFromThePhonePlatform() {
        String ended = """
                {"events": [{"callId": "never-offered", "event": {"type": "ENDED", "at": "2026-11-23T09:00:00Z"}}]}""";

        Response unknown = api.post(telephony, CTI_BATCH, ended);
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asString())
                .isEqualTo("events[0].callId");
        assertThat(api.post(telephony, CTI_BATCH, "{\"events\": []}").status()).isEqualTo(400);
        String tooMany = "{\"events\": [" + String.join(",", Collections.nCopies(501, """
                {"callId": "c", "event": {"type": "ENDED", "at": "2026-11-23T09:00:00Z"}}""")) + "]}";
        assertThat(api.post(telephony, CTI_BATCH, tooMany)
                        .body()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("events");
        assertThat(api.post(greveAgent, CTI_BATCH, ended).status()).isEqualTo(403);
    }

    @Test
    void theFirstAnswerPublishesWhatTheAgentsConsoleShowsWithoutTheCallersNumber() {
        String call = "call-" + UUID.randomUUID();
        String caller = aCallerNumber();
        try (EventProbe answered = EventProbe.listen(connectionFactory, Exchanges.CALL_LOG, "contact.answered")) {
            cti(call, """
                    {"type": "OFFERED", "at": "2026-11-23T13:00:00Z", "dialledNumber": "70101253",
                     "callerNumber": "%s"}""".formatted(caller));
            String contactId = cti(call, """
                            {"type": "ANSWERED", "at": "2026-11-23T13:00:15Z", "agent": "agent.greve",
                             "agentMemberId": "253"}""").path("contactId").asString();

            JsonNode event = answeredUpTo(answered, List.of(call)).get(0);
            assertThat(event.path("type").asString()).isEqualTo("contact.answered");
            assertThat(event.path("subject").asString()).isEqualTo(contactId);
            JsonNode data = event.path("data");
            assertThat(data.path("contactId").asString()).isEqualTo(contactId);
            assertThat(data.path("callId").asString()).isEqualTo(call);
            assertThat(data.path("agent").asString()).isEqualTo("agent.greve");
            assertThat(data.path("agentMemberId").asString()).isEqualTo("253");
            assertThat(data.path("memberId").asString()).isEqualTo("253");
            assertThat(data.path("lineScope").asString()).isEqualTo("GENERAL");
            assertThat(data.path("dialledNumber").asString()).isEqualTo("+4570101253");
            assertThat(data.path("offeredAt").asString()).isEqualTo("2026-11-23T13:00:00Z");
            assertThat(data.path("answeredAt").asString()).isEqualTo("2026-11-23T13:00:15Z");
            assertThat(data.path("repeatCaller").isBoolean()).isTrue();
            assertThat(data.path("repeatCaller").asBoolean())
                    .as("a first-time caller")
                    .isFalse();
            String hash = jdbc.sql("select caller_hash from contact where call_id = :call")
                    .param("call", call)
                    .query(String.class)
                    .single();
            assertThat(event.toString()).doesNotContain(hash).doesNotContain(caller.substring(3));
        }
    }

    @Test
    void aRepeatedAnswerChangesNothingAndPublishesNothing() {
        String call = "call-" + UUID.randomUUID();
        String next = "call-" + UUID.randomUUID();
        try (EventProbe answered = EventProbe.listen(connectionFactory, Exchanges.CALL_LOG, "contact.answered")) {
            offeredAndAnswered(call, null, Instant.parse("2026-11-23T14:00:00Z"));
            JsonNode again = cti(call, """
                    {"type": "ANSWERED", "at": "2026-11-23T14:01:00Z", "agent": "agent.other"}""");
            offeredAndAnswered(next, null, Instant.parse("2026-11-23T14:02:00Z"));

            assertThat(again.path("agent").asString()).isEqualTo("agent.greve");
            assertThat(answeredUpTo(answered, List.of(call, next)))
                    .extracting(event -> event.path("data").path("callId").asString())
                    .containsExactly(call, next);
        }
    }

    @Test
    void aCallerWhoCalledWithinTheRepeatCallWindowIsShownAsARepeatCaller() {
        String caller = aCallerNumber();
        String first = "call-" + UUID.randomUUID();
        String again = "call-" + UUID.randomUUID();
        String aWeekAndADayLater = "call-" + UUID.randomUUID();
        try (EventProbe answered = EventProbe.listen(connectionFactory, Exchanges.CALL_LOG, "contact.answered")) {
            offeredAndAnswered(first, caller, Instant.parse("2026-11-02T09:00:00Z"));
            String againId = offeredAndAnswered(again, caller, Instant.parse("2026-11-08T17:00:00Z"));
            offeredAndAnswered(aWeekAndADayLater, caller, Instant.parse("2026-11-16T17:00:00Z"));

            assertThat(answeredUpTo(answered, List.of(first, again, aWeekAndADayLater)))
                    .extracting(event -> event.path("data").path("repeatCaller").asBoolean())
                    .containsExactly(false, true, false);
            assertThat(api.get(greveAgent, CONTACTS + "/" + againId)
                            .body()
                            .path("repeatCaller")
                            .asBoolean())
                    .isTrue();
        }
        Map<String, Boolean> repeatCallerOfOpenCalls = new HashMap<>();
        api.get(greveAgent, CONTACTS + "/open?size=100")
                .body()
                .path("items")
                .forEach(contact -> repeatCallerOfOpenCalls.put(
                        contact.path("callId").asString(),
                        contact.path("repeatCaller").asBoolean()));
        assertThat(repeatCallerOfOpenCalls)
                .containsEntry(first, false)
                .containsEntry(again, true)
                .containsEntry(aWeekAndADayLater, false);
    }

    @Test
    void aRefusedBatchPublishesNoAnswerAndAnAcceptedOnePublishesItsAnswers() {
        String refusedCall = "batch-" + UUID.randomUUID();
        String acceptedCall = "batch-" + UUID.randomUUID();
        String offeredAndAnswered = """
                {"callId": "%1$s", "event": {"type": "OFFERED", "at": "2026-11-23T15:00:00Z", "dialledNumber": "70101253"}},
                {"callId": "%1$s", "event": {"type": "ANSWERED", "at": "2026-11-23T15:00:09Z", "agent": "agent.greve"}}""";
        String neverOffered = """
                {"callId": "never-offered", "event": {"type": "ENDED", "at": "2026-11-23T15:01:00Z"}}""";
        try (EventProbe answered = EventProbe.listen(connectionFactory, Exchanges.CALL_LOG, "contact.answered")) {
            Response refused =
                    api.post(telephony, CTI_BATCH, batch(offeredAndAnswered.formatted(refusedCall), neverOffered));
            Response accepted = api.post(telephony, CTI_BATCH, batch(offeredAndAnswered.formatted(acceptedCall)));

            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
            assertThat(answeredUpTo(answered, List.of(refusedCall, acceptedCall)))
                    .extracting(event -> event.path("data").path("callId").asString())
                    .containsExactly(acceptedCall);
        }
    }

    @Test
    void aCtiEventSentAgainWithItsIdempotencyKeyIsStoredOnceAndAnsweredAsAtFirst() {
        String call = "call-" + UUID.randomUUID();

        sentTwiceWithOneKey(telephony, CTI + call + "/events", """
                {"type": "OFFERED", "at": "2026-11-23T12:00:00Z", "dialledNumber": "70101253"}""", 200);

        assertThat(contactsWhere("call_id", call)).isOne();
    }

    @Test
    void aManualContactSentAgainWithItsIdempotencyKeyIsStoredOnceAndAnsweredAsAtFirst() {
        String subject = "agent.retrying-" + UUID.randomUUID();
        String agent =
                TestTokens.forRoles("AGENT").member("253").subject(subject).mint();

        sentTwiceWithOneKey(agent, CONTACTS, """
                {"channel": "CHAT", "memberId": "253"}""", 201);

        assertThat(contactsWhere("agent", subject)).isOne();
    }

    /** Sends a write twice with one {@code Idempotency-Key}: the retry must be the first answer, replayed. */
    private void sentTwiceWithOneKey(String token, String path, String body, int status) {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Response first = api.post(token, path, body, key);
        Response retry = api.post(token, path, body, key);

        assertThat(first.status()).as(first.text()).isEqualTo(status);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(status);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    private long contactsWhere(String column, String value) {
        return jdbc.sql("select count(*) from contact where " + column + " = :value")
                .param("value", value)
                .query(Long.class)
                .single();
    }

    private static void lock(Connection connection, String callId) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update contact set notes = notes where call_id = ?")) {
            update.setString(1, callId);
            update.executeUpdate();
        }
    }

    private int waitingForLocks() {
        return jdbc.sql(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")
                .query(Integer.class)
                .single();
    }

    private String startedAndEnded() {
        Response started = api.post(greveAgent, CONTACTS, """
                {"channel": "CHAT", "memberId": "253"}""");
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String contactId = started.body().path("contactId").asString();
        assertThat(api.post(greveAgent, CONTACTS + "/" + contactId + "/end", null)
                        .status())
                .isEqualTo(200);
        return contactId;
    }

    /** The call offered at {@code at} (by {@code caller}, when given) and answered by agent.greve; its contact id. */
    private String offeredAndAnswered(String callId, String caller, Instant at) {
        String callerNumber = caller == null ? "null" : '"' + caller + '"';
        cti(callId, """
                {"type": "OFFERED", "at": "%s", "dialledNumber": "70101253", "callerNumber": %s}""".formatted(at, callerNumber));
        String answered = """
                {"type": "ANSWERED", "at": "%s", "agent": "agent.greve"}""".formatted(at.plusSeconds(10));
        return cti(callId, answered).path("contactId").asString();
    }

    /**
     * The {@code contact.answered} events of these calls, in order, once the last call's has arrived. Events of other
     * calls (earlier tests', relayed late) are passed over; the outbox publishes in order, so no event of the earlier
     * calls can follow the last one's.
     */
    private static List<JsonNode> answeredUpTo(EventProbe probe, List<String> calls) {
        String last = calls.get(calls.size() - 1);
        List<JsonNode> ofCalls = new ArrayList<>();
        probe.awaitMatching(
                event -> {
                    if (calls.contains(callOf(event))) {
                        ofCalls.add(event);
                    }
                    return callOf(event).equals(last);
                },
                WAIT);
        return ofCalls;
    }

    private static String batch(String... events) {
        return "{\"events\": [" + String.join(",", events) + "]}";
    }

    private static String callOf(JsonNode event) {
        return event.path("data").path("callId").asString();
    }

    /** A mobile number no other test calls from. */
    private static String aCallerNumber() {
        return "+452" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private JsonNode cti(String callId, String event) {
        Response reply = api.post(telephony, CTI + callId + "/events", event);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body();
    }
}
