package dk.ddh.hotline.guides.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One line of {@code search/judged-queries.tsv}: what an agent or citizen types, in which context, and the guides (by
 * title) that answer it.
 *
 * @param context {@code common}, a member code, {@code public} or {@code public:<member>}
 */
record JudgedQuery(String query, String context, List<String> answers) {

    static final String FILE = "/search/judged-queries.tsv";

    static List<JudgedQuery> all() {
        try (InputStream in = JudgedQuery.class.getResourceAsStream(FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(JudgedQuery::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JudgedQuery parse(String line) {
        String[] columns = line.split("\t");
        if (columns.length != 3) {
            throw new IllegalArgumentException("Expected query, context and answers: " + line);
        }
        return new JudgedQuery(
                columns[0],
                columns[1],
                Arrays.stream(columns[2].split(" \\| ")).map(String::strip).toList());
    }

    boolean isPublic() {
        return context.startsWith("public");
    }

    /** The member whose context is searched, if any. */
    Optional<String> member() {
        String member = isPublic() ? context.substring("public".length()).replace(":", "") : context;
        return member.isEmpty() || member.equals("common") ? Optional.empty() : Optional.of(member);
    }

    /** The share of this query's answers among the titles shown first (at most {@code k}). */
    double recallAt(int k, List<String> titles) {
        List<String> top = titles.subList(0, Math.min(k, titles.size()));
        long found = answers.stream().filter(top::contains).count();
        return (double) found / Math.min(k, answers.size());
    }

    /** 1 / the position of the first answer, 0 when none is on the page. */
    double reciprocalRank(List<String> titles) {
        for (int i = 0; i < titles.size(); i++) {
            if (answers.contains(titles.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }
}
