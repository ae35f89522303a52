package dk.ddh.hotline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Browser logins as the gateway (confidential) and the CLI (public) perform them: authorization code with PKCE. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hotline.identity.issuer=")
class AuthorizationCodeFlowIntegrationTests {

    private static final String GATEWAY_REDIRECT = "http://localhost:8080/login/oauth2/code/hotline";
    private static final String CLI_REDIRECT = "http://127.0.0.1:8765/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    IdentityHttp browser;

    @BeforeEach
    void openBrowser() {
        browser = new IdentityHttp(port);
    }

    @Test
    void gatewayLoginYieldsTokensWithTheUsersRolesAndMember() throws Exception {
        String verifier = codeVerifier();
        HttpResponse<String> authorize = browser.get(authorizeUrl("hotline-gateway", GATEWAY_REDIRECT, verifier));
        assertThat(authorize.statusCode()).isEqualTo(302);

        HttpResponse<String> loginForm = browser.get(location(authorize));
        assertThat(loginForm.statusCode()).isEqualTo(200);
        HttpResponse<String> loggedIn = browser.postForm(
                "/login",
                Map.of("username", "agent.greve", "password", "demo", "_csrf", csrfToken(loginForm)),
                null,
                null);
        assertThat(loggedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> backToClient = browser.get(location(loggedIn));
        String code = callbackParameters(backToClient, GATEWAY_REDIRECT).get("code");
        assertThat(callbackParameters(backToClient, GATEWAY_REDIRECT)).containsEntry("state", "s-123");

        HttpResponse<String> tokens = browser.postForm(
                "/oauth2/token",
                Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", GATEWAY_REDIRECT,
                        "code_verifier", verifier),
                "hotline-gateway",
                "demo-secret");
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = IdentityHttp.json(tokens);

        JWTClaimsSet access = browser.verifiedClaims(body.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("agent.greve");
        assertThat(access.getAudience()).containsExactly("hotline");
        assertThat(access.getStringListClaim("roles")).containsExactly("AGENT");
        assertThat(access.getStringClaim("member")).isEqualTo("253");

        JWTClaimsSet id = browser.verifiedClaims(body.get("id_token").asString());
        assertThat(id.getAudience()).containsExactly("hotline-gateway");
        assertThat(id.getStringClaim("name")).isEqualTo("Mette Hansen");
        assertThat(id.getStringListClaim("roles")).containsExactly("AGENT");

        HttpResponse<String> refreshed = browser.postForm(
                "/oauth2/token",
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        body.get("refresh_token").asString()),
                "hotline-gateway",
                "demo-secret");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JWTClaimsSet renewed = browser.verifiedClaims(
                IdentityHttp.json(refreshed).get("access_token").asString());
        assertThat(renewed.getStringListClaim("roles")).containsExactly("AGENT");
        assertThat(renewed.getStringClaim("member")).isEqualTo("253");
    }

    @Test
    void cliLoginAsPublicClientYieldsTheRegionAdminsToken() throws Exception {
        String verifier = codeVerifier();
        logIn("admin.region");

        HttpResponse<String> backToCli = browser.get(authorizeUrl("hotline-cli", CLI_REDIRECT, verifier));
        String code = callbackParameters(backToCli, CLI_REDIRECT).get("code");
        HttpResponse<String> tokens = browser.postForm(
                "/oauth2/token",
                Map.of(
                        "grant_type", "authorization_code",
                        "client_id", "hotline-cli",
                        "code", code,
                        "redirect_uri", CLI_REDIRECT,
                        "code_verifier", verifier),
                null,
                null);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JWTClaimsSet access = browser.verifiedClaims(
                IdentityHttp.json(tokens).get("access_token").asString());
        assertThat(access.getStringListClaim("roles")).containsExactly("REGION_ADMIN");
        assertThat(access.getStringClaim("member")).isEqualTo("1085");
    }

    @Test
    void refusesACodeExchangeWithTheWrongVerifier() throws Exception {
        logIn("admin.greve");
        HttpResponse<String> backToCli = browser.get(authorizeUrl("hotline-cli", CLI_REDIRECT, codeVerifier()));
        String code = callbackParameters(backToCli, CLI_REDIRECT).get("code");

        HttpResponse<String> tokens = browser.postForm(
                "/oauth2/token",
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        "hotline-cli",
                        "code",
                        code,
                        "redirect_uri",
                        CLI_REDIRECT,
                        "code_verifier",
                        codeVerifier()),
                null,
                null);

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(IdentityHttp.json(tokens).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void refusesAnAuthorizationRequestWithoutPkce() {
        logIn("agent.greve");

        HttpResponse<String> response = browser.get("/oauth2/authorize?response_type=code&client_id=hotline-cli"
                + "&scope=openid&state=s-123&redirect_uri=" + CLI_REDIRECT);

        assertThat(callbackParameters(response, CLI_REDIRECT))
                .containsEntry("error", "invalid_request")
                .doesNotContainKey("code");
    }

    @Test
    void rejectsAWrongPassword() throws Exception {
        HttpResponse<String> loginForm = browser.get("/login");
        HttpResponse<String> response = browser.postForm(
                "/login",
                Map.of("username", "agent.greve", "password", "wrong", "_csrf", csrfToken(loginForm)),
                null,
                null);

        assertThat(location(response)).contains("/login?error");
        HttpResponse<String> refused = browser.get(location(response));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Brugernavn eller adgangskode er forkert");
    }

    @Test
    void theLoginFormIsInDanish() {
        HttpResponse<String> loginForm = browser.get("/login");

        assertThat(loginForm.statusCode()).isEqualTo(200);
        assertThat(loginForm.body())
                .contains("<html lang=\"da\"", "<label for=\"username\">Brugernavn</label>")
                .contains("<label for=\"password\">Adgangskode</label>", ">Log på</button>")
                .doesNotContain("Username", "Password");
        assertThat(browser.get("/login.css").statusCode()).isEqualTo(200);
    }

    private void logIn(String username) {
        HttpResponse<String> loginForm = browser.get("/login");
        HttpResponse<String> loggedIn = browser.postForm(
                "/login", Map.of("username", username, "password", "demo", "_csrf", csrfToken(loginForm)), null, null);
        assertThat(location(loggedIn)).doesNotContain("error");
    }

    private static String authorizeUrl(String clientId, String redirectUri, String verifier) throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("scope", "openid profile");
        query.put("redirect_uri", redirectUri);
        query.put("state", "s-123");
        query.put("code_challenge", codeChallenge(verifier));
        query.put("code_challenge_method", "S256");
        return "/oauth2/authorize?" + IdentityHttp.encode(query);
    }

    private static String codeVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String codeChallenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String csrfToken(HttpResponse<String> loginForm) {
        Matcher matcher = CSRF.matcher(loginForm.body());
        assertThat(matcher.find()).as("login form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, String> callbackParameters(HttpResponse<String> response, String redirectUri) {
        String location = location(response);
        assertThat(location).startsWith(redirectUri + "?");
        String query = URI.create(location).getRawQuery();
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
    }
}
