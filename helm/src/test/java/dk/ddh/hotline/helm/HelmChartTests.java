package dk.ddh.hotline.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Lint, render and policy checks of helm/hotline with the default and the production-like values. */
class HelmChartTests {

    private static final Pattern CREDENTIAL_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIALS|_KEY)$");

    private static final Set<String> STABLE_APIS = Set.of(
            "v1/ServiceAccount",
            "v1/Service",
            "apps/v1/Deployment",
            "policy/v1/PodDisruptionBudget",
            "autoscaling/v2/HorizontalPodAutoscaler",
            "networking.k8s.io/v1/NetworkPolicy",
            "networking.k8s.io/v1/Ingress");

    /** The values every policy check runs with: the chart's defaults and the production-like example. */
    enum ValueSet {
        DEFAULTS(null),
        PRODUCTION(Chart.PRODUCTION_VALUES);

        private final Path file;

        ValueSet(Path file) {
            this.file = file;
        }

        Manifests render() {
            return Chart.render(file);
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void lintsWithoutFindingsInStrictMode(ValueSet values, @TempDir Path work) {
        LintResult result = Chart.lint(values.file, work);

        assertThat(result.isFailed())
                .as("lint failed: %s", result.getMessages())
                .isFalse();
        assertThat(result.getMessages())
                .noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void rendersOnlyStableKubernetesApis(ValueSet values) {
        assertThat(values.render().objects())
                .extracting(object -> object.path("apiVersion").asString() + "/"
                        + object.path("kind").asString())
                .isNotEmpty()
                .allMatch(STABLE_APIS::contains);
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyContainerIsProbedOnTheActuatorHealthGroups(ValueSet values) {
        List<JsonNode> containers = containers(values);

        assertThat(containers).isNotEmpty().allSatisfy(container -> {
            assertThat(container
                            .path("livenessProbe")
                            .path("httpGet")
                            .path("path")
                            .asString())
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container
                            .path("readinessProbe")
                            .path("httpGet")
                            .path("path")
                            .asString())
                    .isEqualTo("/actuator/health/readiness");
            assertThat(container
                            .path("startupProbe")
                            .path("httpGet")
                            .path("port")
                            .asString())
                    .isEqualTo("http");
        });
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyContainerRequestsAndLimitsCpuAndMemory(ValueSet values) {
        assertThat(containers(values)).allSatisfy(container -> {
            JsonNode resources = container.path("resources");
            for (String bound : List.of("requests", "limits")) {
                assertThat(resources.path(bound).path("cpu").asString())
                        .as(bound)
                        .isNotBlank();
                assertThat(resources.path(bound).path("memory").asString())
                        .as(bound)
                        .isNotBlank();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyAppRunsTheJvmMeasuredInBenchFootprintWithTheOptimisingCompiler(ValueSet values) {
        assertThat(values.render().ofKind("Deployment"))
                .isNotEmpty()
                .allSatisfy(deployment -> assertThat(Manifests.envValue(deployment, "JDK_JAVA_OPTIONS"))
                        .contains("-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50", "-Xss512k")
                        .doesNotContain("TieredStopAtLevel"));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyPodRunsAsNonRootOnAReadOnlyRootFilesystemWithoutPrivileges(ValueSet values) {
        Manifests manifests = values.render();

        assertThat(manifests.ofKind("Deployment")).isNotEmpty().allSatisfy(deployment -> {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean())
                    .isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt()).isPositive();
            assertThat(pod.path("securityContext")
                            .path("seccompProfile")
                            .path("type")
                            .asString())
                    .isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            assertThat(Manifests.containers(deployment)).allSatisfy(container -> {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true))
                        .isFalse();
                assertThat(security.path("capabilities").path("drop").values())
                        .extracting(JsonNode::asString)
                        .containsExactly("ALL");
                assertThat(container.path("volumeMounts").values())
                        .extracting(mount -> mount.path("mountPath").asString())
                        .contains("/tmp");
            });
        });
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyImageIsPinnedToAVersionTag(ValueSet values) {
        assertThat(containers(values)).allSatisfy(container -> {
            String image = container.path("image").asString();
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertThat(image).contains(":");
            assertThat(tag).isNotBlank().isNotEqualTo("latest").doesNotContain("/");
        });
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyDeploymentHasADisruptionBudgetAndANetworkPolicyOfItsOwn(ValueSet values) {
        Manifests manifests = values.render();

        assertThat(manifests.ofKind("Deployment")).allSatisfy(deployment -> {
            JsonNode podLabels =
                    deployment.path("spec").path("template").path("metadata").path("labels");
            assertThat(manifests.ofKind("PodDisruptionBudget"))
                    .as("PodDisruptionBudget of %s", Manifests.name(deployment))
                    .anyMatch(pdb -> Manifests.selects(pdb.path("spec").path("selector"), podLabels));
            assertThat(manifests.ofKind("NetworkPolicy"))
                    .as("NetworkPolicy of %s", Manifests.name(deployment))
                    .anyMatch(policy -> {
                        JsonNode selector = policy.path("spec").path("podSelector");
                        return !selector.path("matchLabels").isEmpty() && Manifests.selects(selector, podLabels);
                    });
        });
        assertThat(manifests.ofKind("NetworkPolicy"))
                .as("a default-deny policy for the whole namespace")
                .anyMatch(policy -> policy.path("spec").path("podSelector").isEmpty()
                        && policy.path("spec").path("ingress").isMissingNode()
                        && policy.path("spec").path("egress").isMissingNode());
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void credentialsComeOnlyFromExistingSecrets(ValueSet values) {
        Manifests manifests = values.render();

        assertThat(manifests.ofKind("Secret")).isEmpty();
        List<JsonNode> credentials = manifests
                .ofKind("Deployment")
                .flatMap(Manifests::containers)
                .flatMap(Manifests::env)
                .filter(entry ->
                        CREDENTIAL_NAME.matcher(entry.path("name").asString()).matches())
                .toList();
        assertThat(credentials)
                .extracting(entry -> entry.path("name").asString())
                .contains(
                        "SPRING_DATASOURCE_PASSWORD",
                        "SPRING_RABBITMQ_PASSWORD",
                        "HOTLINE_CALLER_HASH_KEY",
                        "HOTLINE_REDIS_PASSWORD",
                        "HOTLINE_GATEWAY_CLIENT_SECRET");
        assertThat(credentials).allSatisfy(entry -> {
            assertThat(entry.has("value")).as("%s has a plain value", entry).isFalse();
            assertThat(entry.path("valueFrom").path("secretKeyRef").path("name").asString())
                    .isNotBlank();
        });
    }

    @Test
    void backendServicesAcceptTrafficOnlyFromTheGatewayAndTheirCallersAndIdentityFromTheWholeRelease() {
        Manifests manifests = ValueSet.DEFAULTS.render();

        for (String service : List.of("membership", "guides", "call-log")) {
            assertThat(podsAdmitted(manifests, service))
                    .as("who may reach %s", service)
                    .containsExactlyInAnyOrder(labels("gateway"), labels("web"));
        }
        JsonNode identitySources = manifests
                .named("NetworkPolicy", "hotline-identity")
                .path("spec")
                .path("ingress");
        assertThat(identitySources.values())
                .anySatisfy(rule -> assertThat(rule.path("from")
                                .get(0)
                                .path("podSelector")
                                .path("matchLabels")
                                .properties())
                        .hasSize(1)
                        .allMatch(label -> label.getKey().equals("app.kubernetes.io/instance")));
    }

    @Test
    void gatewayReachesEveryRoutedServiceAtItsClusterAddress() {
        Manifests manifests = ValueSet.DEFAULTS.render();

        JsonNode gateway = manifests.named("Deployment", "hotline-gateway");
        assertThat(Manifests.envValue(gateway, "HOTLINE_MEMBERSHIP_URI")).isEqualTo("http://hotline-membership:8081");
        assertThat(Manifests.envValue(gateway, "HOTLINE_CALL_LOG_URI")).isEqualTo("http://hotline-call-log:8084");
        assertThat(manifests
                        .named("Service", "hotline-membership")
                        .path("spec")
                        .path("ports")
                        .get(0)
                        .path("port")
                        .asInt())
                .isEqualTo(8081);
        assertThat(manifests
                        .named("NetworkPolicy", "hotline-gateway")
                        .path("spec")
                        .path("egress")
                        .values())
                .anySatisfy(rule -> {
                    assertThat(rule.path("to").path(0).path("podSelector").path("matchLabels"))
                            .isEqualTo(labels("membership"));
                    assertThat(rule.path("ports").path(0).path("port").asInt()).isEqualTo(8081);
                });
    }

    @Test
    void webConsolesRunOnPort8090AndCallTheServicesAtTheirClusterAddresses() {
        Manifests manifests = ValueSet.DEFAULTS.render();

        JsonNode web = manifests.named("Deployment", "hotline-web");
        assertThat(manifests
                        .named("Service", "hotline-web")
                        .path("spec")
                        .path("ports")
                        .get(0)
                        .path("port")
                        .asInt())
                .isEqualTo(8090);
        assertThat(Manifests.containers(web))
                .singleElement()
                .satisfies(container -> assertThat(container
                                .path("ports")
                                .get(0)
                                .path("containerPort")
                                .asInt())
                        .isEqualTo(8090));
        assertThat(Manifests.envValue(web, "SERVER_PORT")).isEqualTo("8090");
        assertThat(Manifests.envValue(web, "HOTLINE_ISSUER_URI")).isEqualTo("http://hotline-identity:9000");
        assertThat(Manifests.envValue(web, "HOTLINE_MEMBERSHIP_URI")).isEqualTo("http://hotline-membership:8081");
        assertThat(Manifests.envValue(web, "HOTLINE_GUIDES_URI")).isEqualTo("http://hotline-guides:8082");
        assertThat(Manifests.envValue(web, "HOTLINE_CALL_LOG_URI")).isEqualTo("http://hotline-call-log:8084");
        assertThat(Manifests.envValue(web, "SPRING_RABBITMQ_HOST")).isEqualTo("hotline-rabbitmq");
        assertThat(Manifests.hasEnv(web, "SPRING_DATASOURCE_URL"))
                .as("web has no database")
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void webAcceptsOnlyTheGatewayAndReachesOnlyTheServicesItCallsRabbitMqAndTheIssuer(ValueSet values) {
        Manifests manifests = values.render();

        assertThat(podsAdmitted(manifests, "web")).containsExactly(labels("gateway"));
        assertThat(manifests
                        .named("NetworkPolicy", "hotline-web")
                        .path("spec")
                        .path("ingress")
                        .values())
                .as("the gateway's rule, and Prometheus' where metrics are scraped")
                .hasSize(values == ValueSet.DEFAULTS ? 1 : 2);
        List<JsonNode> egress = egress(manifests, "web");
        assertThat(egress)
                .extracting(rule -> rule.path("to").path(0).path("podSelector").path("matchLabels"))
                .contains(labels("membership"), labels("guides"), labels("call-log"))
                .doesNotContain(labels("gateway"));
        assertThat(egress)
                .extracting(rule -> rule.path("ports").path(0).path("port").asInt())
                .contains(8081, 8082, 8084, 5672, values == ValueSet.DEFAULTS ? 9000 : 443)
                .doesNotContain(5432, 6379);
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void gatewayLogsBrowsersInWithASecretAndSecureSessionCookiesAndKeepsTheSessionsInRedis(ValueSet values) {
        Manifests manifests = values.render();

        JsonNode gateway = manifests.named("Deployment", "hotline-gateway");
        assertThat(Manifests.envValue(gateway, "HOTLINE_WEB_URI")).isEqualTo("http://hotline-web:8090");
        assertThat(Manifests.envValue(gateway, "HOTLINE_SESSION_SECURE_COOKIE")).isEqualTo("true");
        assertThat(Manifests.envValue(gateway, "HOTLINE_SESSION_TIMEOUT")).isEqualTo("60m");
        assertThat(Manifests.envValue(gateway, "HOTLINE_GATEWAY_CLIENT_ID")).isEqualTo("hotline-gateway");
        assertThat(Manifests.envValue(gateway, "HOTLINE_REDIS_HOST"))
                .isEqualTo(values == ValueSet.DEFAULTS ? "hotline-redis" : "hotline-redis.databases.svc");
        assertThat(Manifests.envValue(gateway, "HOTLINE_REDIS_PORT")).isEqualTo("6379");
        for (String credential : List.of("HOTLINE_GATEWAY_CLIENT_SECRET", "HOTLINE_REDIS_PASSWORD")) {
            JsonNode entry = Manifests.envEntry(gateway, credential);
            assertThat(entry.has("value"))
                    .as("%s has a plain value", credential)
                    .isFalse();
            assertThat(entry.path("valueFrom").path("secretKeyRef").path("name").asString())
                    .as(credential)
                    .isNotBlank();
        }
        assertThat(egress(manifests, "gateway")).anySatisfy(rule -> {
            assertThat(rule.path("to").path(0).path("podSelector").path("matchLabels"))
                    .isEqualTo(labels("web"));
            assertThat(rule.path("ports").path(0).path("port").asInt()).isEqualTo(8090);
        });
        assertThat(egress(manifests, "gateway"))
                .extracting(rule -> rule.path("ports").path(0).path("port").asInt())
                .contains(6379);
        assertThat(egress(manifests, "membership"))
                .extracting(rule -> rule.path("ports").path(0).path("port").asInt())
                .as("only the gateway talks to Redis")
                .doesNotContain(6379);
    }

    @Test
    void refusesToRenderWhenAServiceCallsOneThatIsNotEnabled() {
        assertThatThrownBy(() -> Chart.render(null, template -> template.set("services.guides.enabled", false)))
                .hasMessageContaining("services.web.calls names guides, which is not an enabled service");
    }

    @Test
    void servicesValidateTokensOfTheChartsOwnIdentityServiceByDefault() {
        Manifests manifests = ValueSet.DEFAULTS.render();

        assertThat(manifests.ofKind("Deployment"))
                .extracting(deployment -> Manifests.envValue(deployment, "HOTLINE_ISSUER_URI"))
                .containsOnly("http://hotline-identity:9000");
        assertThat(manifests.ofKind("Deployment"))
                .extracting(deployment -> Manifests.envValue(deployment, "MANAGEMENT_TRACING_SAMPLING_PROBABILITY"))
                .containsOnly("0.1");
        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(manifests.ofKind("Ingress")).isEmpty();
    }

    @Test
    void productionValuesUseTheExternalIssuerAutoscalingAndATlsIngress() {
        Manifests manifests = ValueSet.PRODUCTION.render();

        assertThat(manifests.ofKind("Deployment"))
                .extracting(Manifests::name)
                .containsExactlyInAnyOrder(
                        "hotline-gateway", "hotline-membership", "hotline-guides", "hotline-call-log", "hotline-web");
        assertThat(manifests.ofKind("Deployment")).allSatisfy(deployment -> {
            assertThat(Manifests.envValue(deployment, "HOTLINE_ISSUER_URI")).startsWith("https://");
            assertThat(deployment.path("spec").has("replicas"))
                    .as("replicas are left to the autoscaler")
                    .isFalse();
        });
        assertThat(manifests.ofKind("HorizontalPodAutoscaler"))
                .extracting(hpa -> hpa.path("spec").path("minReplicas").asInt())
                .hasSize(5)
                .allMatch(minReplicas -> minReplicas >= 2);
        JsonNode ingress = manifests.named("Ingress", "hotline-gateway");
        assertThat(ingress.path("spec").path("tls").get(0).path("secretName").asString())
                .isNotBlank();
        assertThat(Manifests.envValue(manifests.named("Deployment", "hotline-membership"), "SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://hotline-postgres-rw.databases.svc:5432/membership?sslmode=require");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "services.membership.replicas | two",
                "services.membership.replicas | 0",
                "services.membership.image.pullPolicy | Sometimes",
                "services.membership.image.tag | latest",
                "global.image.tag | latest",
                "services.membership.resources.limits | null",
                "services.membership.resources.requests.memory | lots",
                "services.membership.env.SPRING_DATASOURCE_PASSWORD | hunter2",
                "services.membership.reachableFrom[0] | everyone",
                "services.membership.databse | typo",
                "observability.tracing.sampling | 2",
                "services.web.calls[0] | Call_Log",
                "services.gateway.login.secureCookie | maybe",
                "services.gateway.login.sessionTimeout | forever",
                "services.gateway.login.existingSecret | Not A Secret",
                "redis.port | 0",
            })
    void schemaRejectsInvalidValues(String key, String value) {
        String offendingProperty = key.substring(key.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");

        assertThatThrownBy(() -> Chart.render(null, template -> template.set(key, value)))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(offendingProperty);
    }

    @Test
    void refusesToRenderWithoutAnIssuerWhenIdentityIsDisabled() {
        assertThatThrownBy(() -> Chart.render(null, template -> template.set("services.identity.enabled", false)))
                .hasMessageContaining("issuer.uri is required");
    }

    private static List<JsonNode> containers(ValueSet values) {
        return values.render()
                .ofKind("Deployment")
                .flatMap(Manifests::containers)
                .toList();
    }

    /** The labels of the release's pods a service's NetworkPolicy admits (peers in other namespaces left out). */
    private static List<JsonNode> podsAdmitted(Manifests manifests, String service) {
        return manifests.named("NetworkPolicy", "hotline-" + service).path("spec").path("ingress").values().stream()
                .flatMap(rule -> rule.path("from").values().stream())
                .filter(peer -> !peer.has("namespaceSelector"))
                .map(peer -> peer.path("podSelector").path("matchLabels"))
                .toList();
    }

    private static List<JsonNode> egress(Manifests manifests, String service) {
        return manifests.named("NetworkPolicy", "hotline-" + service).path("spec").path("egress").values().stream()
                .toList();
    }

    private static JsonNode labels(String service) {
        return Manifests.parse("""
                app.kubernetes.io/name: %s
                app.kubernetes.io/instance: %s
                """.formatted(service, Chart.RELEASE)).objects().get(0);
    }
}
