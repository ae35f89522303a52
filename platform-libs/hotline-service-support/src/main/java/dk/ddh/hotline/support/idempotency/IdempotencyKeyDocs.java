package dk.ddh.hotline.support.idempotency;

import dk.ddh.hotline.support.security.PublicPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** Documents the {@code Idempotency-Key} header on every write the filter makes repeatable. */
final class IdempotencyKeyDocs implements OpenApiCustomizer {

    private final PublicPaths publicPaths;

    IdempotencyKeyDocs(PublicPaths publicPaths) {
        this.publicPaths = publicPaths;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (publicPaths.contains(path)) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                if (IdempotentRequestFilter.WRITES.contains(method.name())) {
                    operation.addParametersItem(header());
                }
            });
        });
    }

    private static HeaderParameter header() {
        return (HeaderParameter) new HeaderParameter()
                .name(IdempotentRequestFilter.HEADER)
                .required(false)
                .description("Makes the write safe to send again: a retry with the same key (up to "
                        + IdempotentRequestFilter.MAX_KEY_LENGTH
                        + " printable ASCII characters, e.g. a UUID) and the same request within 24 hours gets"
                        + " the first response back (marked `Idempotent-Replayed: true`) and changes nothing;"
                        + " the same key with another request is 409 `idempotency-key-reused`. A write that"
                        + " failed keeps no key.")
                .schema(new StringSchema().maxLength(IdempotentRequestFilter.MAX_KEY_LENGTH))
                .example("3f1c9a52-8d4e-4c1b-9a63-2b7d0e5f4a10");
    }
}
