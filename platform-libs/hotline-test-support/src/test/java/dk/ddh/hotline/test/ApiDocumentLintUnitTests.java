package dk.ddh.hotline.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiDocumentLintUnitTests {

    private static final String ONE_OPERATION = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "v1"}, "servers": [{"url": "/"}], "security": [],
             "paths": {"/notes": {"get": {"operationId": "%s", "summary": "Notes", "responses": {%s}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void passesADocumentWithoutErrorOrWarning() throws IOException {
        assertThat(ApiDocumentLint.lint(document(
                        "listNotes",
                        "\"200\": {\"description\": \"OK\"}," + " \"429\": {\"description\": \"Too many requests\"}")))
                .isEmpty();
    }

    @Test
    void reportsWarningsAsWellAsErrors() throws IOException {
        assertThat(ApiDocumentLint.lint(document("list_1", "\"200\": {\"description\": \"OK\"}")))
                .anyMatch(problem -> problem.startsWith("warn operation-4xx-response"))
                .anyMatch(problem -> problem.startsWith("error rule/operation-id-named"));
    }

    private Path document(String operationId, String responses) throws IOException {
        Path document = dir.resolve("api.json");
        Files.writeString(document, ONE_OPERATION.formatted(operationId, responses));
        return document;
    }
}
