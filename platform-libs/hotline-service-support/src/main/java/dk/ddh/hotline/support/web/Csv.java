package dk.ddh.hotline.support.web;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Exports as CSV files (comma separated, header row, UTF-8) for spreadsheets and the evaluation. */
public final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder().build();
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private Csv() {}

    /** The rows of a record type as a downloadable file, one column per record component in its declared order. */
    public static <T> ResponseEntity<String> file(String filename, Class<T> type, List<T> rows) {
        CsvSchema schema = MAPPER.schemaFor(type).withHeader();
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(MAPPER.writer(schema).writeValueAsString(rows));
    }
}
