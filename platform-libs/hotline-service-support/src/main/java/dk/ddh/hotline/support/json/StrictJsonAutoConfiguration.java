package dk.ddh.hotline.support.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * The service's JSON mapper reads requests and events strictly ({@link StrictJsonModule}) and without coercing one
 * scalar into another: {@code "2"} is no number, {@code 2} no text, {@code "true"} no boolean.
 */
@AutoConfiguration
public class StrictJsonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.addModule(new StrictJsonModule())
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
