package dk.ddh.hotline.webrules.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;

class ProblemTypesUnitTests {

    @Test
    void aStatusWithoutItsOwnSlugIsNamedByItsReasonPhrase() {
        assertThat(ProblemTypes.slugFor(HttpStatusCode.valueOf(405))).isEqualTo("method-not-allowed");
        assertThat(ProblemTypes.slugFor(HttpStatusCode.valueOf(414))).isEqualTo("uri-too-long");
        assertThat(ProblemTypes.slugFor(HttpStatusCode.valueOf(431))).isEqualTo("request-header-fields-too-large");
        assertThat(ProblemTypes.slugFor(HttpStatusCode.valueOf(599))).isEqualTo("http-599");
    }

    @Test
    void theSlugsPartnersKnowStay() {
        assertThat(ProblemTypes.slugFor(HttpStatusCode.valueOf(413))).isEqualTo("payload-too-large");
        assertThat(ProblemTypes.slugFor(HttpStatusCode.valueOf(500))).isEqualTo("internal-error");
        assertThat(ProblemTypes.of("not-found")).hasToString("https://hotline.ddh.dk/problems/not-found");
    }
}
