package dk.ddh.hotline.guides.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * PostgreSQL full-text search over live revisions ({@code danish} configuration): each term must match, words as
 * stemmed prefixes, synonym groups as any of their phrases; ranked by cover density ({@code ts_rank_cd}) and marked up
 * with {@code ts_headline}.
 */
@Repository
class GuideSearch {

    /**
     * PostgreSQL marks matches with these; the guide's own text is then HTML-escaped and only the markers become {@code
     * <mark>} tags, so a snippet is safe to render whatever an author wrote.
     */
    private static final String START = "{{mark}}";

    private static final String STOP = "{{/mark}}";
    private static final String MARKERS = "StartSel=" + START + ", StopSel=" + STOP;
    private static final String HEADLINE =
            MARKERS + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String MATCHING = """
            from revision r join guide g on g.id = r.guide_id, (select %s as query) q
            where r.status = 'PUBLISHED' and r.document @@ q.query
              and (:allMembers or g.owner_id is null or g.owner_id = :member)
              and (not :citizenOnly or r.audience = 'CITIZEN')
              and (:system = '' or :system = any (r.systems))
            """;

    private final JdbcClient jdbc;

    GuideSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of hits, best first, and how many guides match in all (counted in the same query). */
    Found find(List<SearchTerm> terms, SearchScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        String from = MATCHING.formatted(tsquery(terms, params));
        List<Ranked> rows = jdbc.sql("select g.id, g.owner_id, r.number, r.title, r.audience, r.systems,"
                        + " ts_rank_cd(r.document, q.query) as rank, count(*) over () as total_items,"
                        + " ts_headline('danish', r.title, q.query, 'HighlightAll=true, " + MARKERS + "')"
                        + " as highlighted_title,"
                        + " ts_headline('danish', r.body, q.query, '" + HEADLINE + "') as snippet "
                        + from
                        + " order by rank desc, r.title, g.id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(GuideSearch::ranked)
                .list();
        if (rows.isEmpty()) {
            return new Found(List.of(), page == 0 ? 0 : count(from, params));
        }
        return new Found(rows.stream().map(Ranked::hit).toList(), rows.get(0).totalItems());
    }

    /** Past the last page no row carries the total, so it is counted on its own. */
    private long count(String from, Map<String, Object> params) {
        return jdbc.sql("select count(*) " + from)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** All terms joined with AND; parameters carry the words and phrases, never the SQL. */
    private static String tsquery(List<SearchTerm> terms, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        for (SearchTerm term : terms) {
            List<String> alternatives = new ArrayList<>();
            for (String alternative : term.alternatives()) {
                String name = "t" + params.size();
                params.put(name, alternative);
                alternatives.add(
                        term.synonyms()
                                ? "phraseto_tsquery('danish', :" + name + ")"
                                : "to_tsquery('danish', :" + name + " || ':*')");
            }
            parts.add("(" + String.join(" || ", alternatives) + ")");
        }
        return String.join(" && ", parts);
    }

    private static Map<String, Object> scopeParams(SearchScope scope) {
        return Map.of(
                "allMembers", scope.allMembers(),
                "member", scope.member().orElse(""),
                "citizenOnly", scope.citizenOnly(),
                "system", scope.system().orElse(""));
    }

    private static Ranked ranked(ResultSet rs, int row) throws SQLException {
        String owner = rs.getString("owner_id");
        return new Ranked(
                rs.getLong("total_items"),
                new SearchHit(
                        rs.getObject("id", UUID.class),
                        rs.getInt("number"),
                        owner == null ? "common" : owner,
                        rs.getString("title"),
                        rs.getString("audience"),
                        List.of((String[]) rs.getArray("systems").getArray()),
                        rs.getDouble("rank"),
                        markedHtml(rs.getString("highlighted_title")),
                        markedHtml(rs.getString("snippet"))));
    }

    private static String markedHtml(String headline) {
        return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
    }

    record Found(List<SearchHit> hits, long totalItems) {}

    private record Ranked(long totalItems, SearchHit hit) {}
}
