package dk.ddh.hotline.helm;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The Kubernetes objects of one `helm template` run, parsed from its multi-document YAML. */
record Manifests(List<JsonNode> objects) {

    private static final ObjectReader READER = YAMLMapper.builder().build().readerFor(JsonNode.class);

    static Manifests parse(String yaml) {
        List<JsonNode> objects = READER.<JsonNode>readValues(yaml).readAll().stream()
                // empty documents (a template that rendered nothing) parse as null or missing nodes
                .filter(Objects::nonNull)
                .filter(JsonNode::isObject)
                .toList();
        return new Manifests(objects);
    }

    Stream<JsonNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asString()));
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind)
                .filter(object -> name.equals(name(object)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " rendered"));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asString();
    }

    static Stream<JsonNode> containers(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").values().stream();
    }

    static Stream<JsonNode> env(JsonNode container) {
        return container.path("env").values().stream();
    }

    static String envValue(JsonNode deployment, String variable) {
        return envEntry(deployment, variable).path("value").asString();
    }

    /** The environment entry of a variable, with its value or its valueFrom. */
    static JsonNode envEntry(JsonNode deployment, String variable) {
        return containers(deployment)
                .flatMap(Manifests::env)
                .filter(entry -> variable.equals(entry.path("name").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name(deployment) + " has no " + variable));
    }

    static boolean hasEnv(JsonNode deployment, String variable) {
        return containers(deployment)
                .flatMap(Manifests::env)
                .anyMatch(entry -> variable.equals(entry.path("name").asString()));
    }

    /** Whether a label selector's matchLabels are all among the given labels (an empty selector matches all). */
    static boolean selects(JsonNode selector, JsonNode labels) {
        return selector.path("matchLabels").properties().stream()
                .allMatch(label -> label.getValue()
                        .asString()
                        .equals(labels.path(label.getKey()).asString()));
    }
}
