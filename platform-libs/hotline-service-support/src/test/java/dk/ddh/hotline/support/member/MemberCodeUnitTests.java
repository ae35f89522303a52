package dk.ddh.hotline.support.member;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberCodeUnitTests {

    record Member(@MemberCode String memberId) {}

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"253", "1085"})
    void acceptsAMunicipalitysAndARegionsCode(String code) {
        assertThat(validator.validate(new Member(code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25", "10850", "<script>", "253 ", "２５３", ""})
    void refusesAnythingElseWithOneMessage(String code) {
        assertThat(validator.validate(new Member(code)))
                .singleElement()
                .satisfies(violation -> assertThat(violation.getMessage())
                        .isEqualTo("must be an official municipality or region code"));
    }
}
