package dk.ddh.hotline.calllog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ddh.hotline.test.TestHttp;
import dk.ddh.hotline.test.TestHttp.Response;
import dk.ddh.hotline.test.TestTokens;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** The phone platform and its agents as the call log sees them: calls reported over CTI, wrapped up by the agent. */
public record Telephony(TestHttp api) {

    private static final String TOKEN =
            TestTokens.forRoles("PARTNER").subject("telephony").mint();

    public JsonNode report(String callId, String event) {
        Response reply = api.post(TOKEN, "/api/call-log/v1/cti/calls/" + callId + "/events", event);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body();
    }

    /** A call answered after {@code waitSeconds}, ended after {@code handlingSeconds} and wrapped up by the agent. */
    public JsonNode answeredCall(
            String callId,
            String dialled,
            String caller,
            Instant offered,
            long waitSeconds,
            long handlingSeconds,
            String agent,
            String agentToken,
            String wrapUp) {
        report(callId, """
                {"type": "OFFERED", "at": "%s", "dialledNumber": "%s", "callerNumber": "%s"}""".formatted(offered, dialled, caller));
        Instant answered = offered.plusSeconds(waitSeconds);
        report(callId, """
                {"type": "ANSWERED", "at": "%s", "agent": "%s"}""".formatted(answered, agent));
        String contactId = report(callId, """
                        {"type": "ENDED", "at": "%s"}""".formatted(answered.plusSeconds(handlingSeconds)))
                .path("contactId")
                .asString();
        Response wrapped = api.put(agentToken, "/api/call-log/v1/contacts/" + contactId + "/wrap-up", wrapUp);
        assertThat(wrapped.status()).as(wrapped.text()).isEqualTo(200);
        return wrapped.body();
    }

    /** A call the caller hung up on before anyone answered. */
    public JsonNode abandonedCall(String callId, String dialled, Instant offered, long waitSeconds) {
        report(callId, """
                {"type": "OFFERED", "at": "%s", "dialledNumber": "%s"}""".formatted(offered, dialled));
        return report(callId, """
                {"type": "ENDED", "at": "%s"}""".formatted(offered.plusSeconds(waitSeconds)));
    }
}
