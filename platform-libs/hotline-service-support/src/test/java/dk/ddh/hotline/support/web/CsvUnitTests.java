package dk.ddh.hotline.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class CsvUnitTests {

    @JsonPropertyOrder({"memberId", "name", "share"})
    record Row(String memberId, String name, BigDecimal share) {}

    @Test
    void writesAHeaderAndOneLinePerRecordQuotingWhatNeedsIt() {
        ResponseEntity<String> file = Csv.file(
                "figures.csv",
                Row.class,
                List.of(
                        new Row("253", "Greve Kommune", new BigDecimal("0.3333")),
                        new Row("1085", "Region, \"Sjælland\"", null)));

        assertThat(file.getBody().lines().toList())
                .containsExactly(
                        "memberId,name,share", "253,\"Greve Kommune\",0.3333", "1085,\"Region, \"\"Sjælland\"\"\",");
    }

    @Test
    void isADownloadInUtf8SoDanishLettersSurvive() {
        ResponseEntity<String> file =
                Csv.file("køge.csv", Row.class, List.of(new Row("259", "Køge Kommune, Ærø og Å", BigDecimal.ONE)));

        assertThat(file.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        assertThat(new String(file.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("Køge Kommune, Ærø og Å");
    }
}
