package dk.ddh.hotline.support.apidocs;

import dk.ddh.hotline.support.security.PublicPaths;
import dk.ddh.hotline.webrules.problem.ProblemTypes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents the problem responses the platform gives on every operation, so partners see them without each controller
 * repeating them: 400 where there is input (body or parameters), 401 and 403 unless the path is public, 404 where the
 * path names something, 409 on writes (a lost lock conflict, or the operation's own conflict), 413 where there is a
 * body (the gateway's size limit) and 429 everywhere (the gateway's rate limits). All as {@code
 * application/problem+json} with the {@code Problem} schema and an example. A response an operation documents itself
 * is kept.
 */
final class ProblemResponseDocs implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private final PublicPaths publicPaths;

    ProblemResponseDocs(PublicPaths publicPaths) {
        this.publicPaths = publicPaths;
    }

    /** Where an operation sits: what decides which problems it can answer. */
    private record Site(String path, PathItem.HttpMethod method, Operation operation, boolean open) {

        boolean hasInput() {
            return operation.getRequestBody() != null
                    || (operation.getParameters() != null
                            && !operation.getParameters().isEmpty());
        }
    }

    /** One of the platform's problem responses, documented once under {@code components.responses}. */
    private record Standard(String status, String name, ApiResponse response, Predicate<Site> appliesTo) {}

    private static final List<Standard> STANDARD = List.of(
            new Standard(
                    "400",
                    "BadRequest",
                    problem(
                            "The request is invalid: `validation-failed` names each refused field in `errors` (a part of"
                                    + " a larger request named from the root, e.g. `events[3].event.at`);"
                                    + " `malformed-request` when the body is not JSON at all.",
                            "validation-failed",
                            "Bad Request",
                            400,
                            "The request has 1 invalid field(s)",
                            Map.of("errors", List.of(Map.of("field", "name", "message", "must not be blank")))),
                    Site::hasInput),
            new Standard(
                    "401",
                    "Unauthorized",
                    problem(
                            "No valid bearer token: missing, expired, or not from the hotline's identity provider for"
                                    + " the audience `hotline`. Get a new token and send the request again.",
                            "unauthorized",
                            "Unauthorized",
                            401,
                            "A valid bearer token from the hotline's identity provider is required",
                            Map.of()),
                    site -> !site.open()),
            new Standard(
                    "403",
                    "Forbidden",
                    problem(
                            "The token's roles, or the member it acts for, do not allow this.",
                            "forbidden",
                            "Forbidden",
                            403,
                            "You may not do this",
                            Map.of()),
                    site -> !site.open()),
            new Standard(
                    "404",
                    "NotFound",
                    problem(
                            "What the path names does not exist (or the caller may not know that it does).",
                            "not-found",
                            "Not Found",
                            404,
                            "No member 999",
                            Map.of("resource", "member", "id", "999")),
                    site -> site.path().contains("{")),
            new Standard(
                    "409",
                    "Conflict",
                    problem(
                            "The request conflicts with the current state: `concurrent-modification` when another"
                                    + " request changed the same data at the same moment (nothing was stored; send it"
                                    + " again), or the operation's own conflict as its description says.",
                            "concurrent-modification",
                            "Conflict",
                            409,
                            "Another request changed the same data at the same time; nothing of this one was stored."
                                    + " Send it again.",
                            Map.of()),
                    site -> WRITES.contains(site.method())),
            new Standard(
                    "413",
                    "ContentTooLarge",
                    problem(
                            "The body is larger than the gateway accepts (`hotline.gateway.max-request-size`, 1 MB by"
                                    + " default).",
                            "payload-too-large",
                            "Payload too large",
                            413,
                            "The request body is larger than the 1048576 bytes allowed.",
                            Map.of()),
                    site -> site.operation().getRequestBody() != null),
            new Standard(
                    "429",
                    "TooManyRequests",
                    problem(
                                    "The gateway's rate limit for this client (per token, or per IP address without"
                                            + " one) is used up; `Retry-After` says when to try again.",
                                    "too-many-requests",
                                    "Too many requests",
                                    429,
                                    "This client has used up its request allowance. Retry after 1 seconds.",
                                    Map.of())
                            .addHeaderObject(
                                    "Retry-After",
                                    new Header()
                                            .description("Seconds to wait before the next request")
                                            .schema(typed("integer").minimum(BigDecimal.ONE))),
                    site -> true));

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, ApiResponse> used = new TreeMap<>();
        api.getPaths().forEach((path, item) -> {
            boolean open = publicPaths.contains(path);
            item.readOperationsMap().forEach((method, operation) -> {
                if (open) {
                    operation.setSecurity(List.of());
                }
                Site site = new Site(path, method, operation, open);
                ApiResponses responses = operation.getResponses();
                for (Standard standard : STANDARD) {
                    if (standard.appliesTo().test(site) && !responses.containsKey(standard.status())) {
                        responses.addApiResponse(
                                standard.status(), new ApiResponse().$ref("#/components/responses/" + standard.name()));
                        used.put(standard.name(), standard.response());
                    }
                }
                operation.setResponses(sorted(responses));
            });
        });
        if (!used.isEmpty()) {
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            components.addSchemas(PROBLEM, problemSchema()).addSchemas(FIELD_ERROR, fieldErrorSchema());
            used.forEach(components::addResponses);
            api.setComponents(components);
        }
    }

    /** Responses in the order of their status, success first. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses ordered = new ApiResponses();
        new TreeMap<>(responses).forEach(ordered::addApiResponse);
        ordered.setExtensions(responses.getExtensions());
        return ordered;
    }

    private static ApiResponse problem(
            String description, String slug, String title, int status, String detail, Map<String, ?> properties) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemTypes.BASE + slug);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.putAll(properties);
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType()
                                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                        .example(example)));
    }

    /** A schema of one JSON type, as OpenAPI 3.1 writes it ({@code type} alone is not written in 3.1). */
    private static Schema<Object> typed(String type) {
        return new Schema<>().types(Set.of(type));
    }

    private static Schema<?> problemSchema() {
        return typed("object")
                .description("An RFC 9457 problem. `type` is stable per kind of problem: switch on it, not on `detail`."
                        + " Problems may carry further properties of their own, e.g. `allowed` on"
                        + " `illegal-status-transition`.")
                .addRequiredItem("type")
                .addRequiredItem("title")
                .addRequiredItem("status")
                .addProperty(
                        "type",
                        typed("string")
                                .format("uri")
                                .description("`" + ProblemTypes.BASE + "<slug>`, one per kind of problem"))
                .addProperty("title", typed("string").description("The HTTP status's phrase"))
                .addProperty("status", typed("integer").description("The HTTP status"))
                .addProperty("detail", typed("string").description("What went wrong, for a person to read"))
                .addProperty("instance", typed("string").format("uri-reference").description("The path of the request"))
                .addProperty(
                        "errors",
                        typed("array")
                                .description("On `validation-failed`: each refused field and why")
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR)))
                .additionalProperties(true);
    }

    private static Schema<?> fieldErrorSchema() {
        return typed("object")
                .description("One refused field")
                .addRequiredItem("field")
                .addRequiredItem("message")
                .addProperty(
                        "field",
                        typed("string")
                                .description(
                                        "Its path in the request, e.g. `events[3].event.at` or a parameter's name"))
                .addProperty("message", typed("string").description("Why it was refused"));
    }
}
