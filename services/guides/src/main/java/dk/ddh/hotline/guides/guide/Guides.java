package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.support.web.PageResponse;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The guide, revision and review tables. Revision content is inserted once; only workflow columns are updated. */
@Repository
class Guides {

    private static final String REVISION_COLUMNS = "guide_id, number, title, body, systems, audience, resolutions,"
            + " author, created_at, status, reviewer, published_at, review_due";
    private static final TypeReference<List<Resolution>> RESOLUTIONS = new TypeReference<>() {};

    /** Whether the caller may see the open revision of the guide {@code g}. */
    private static final String SEES_OPEN = "(:allDrafts or g.owner_id = :draftsOf)";

    /** Guides with their live and open revision, as far as the caller may see them. */
    private static final String SUMMARIES = """
            from guide g
            left join revision l on l.guide_id = g.id and l.status = 'PUBLISHED'
            left join revision o on o.guide_id = g.id and o.status in ('DRAFT', 'IN_REVIEW')
            where (:anyOwner or g.owner_id is not distinct from :owner)
              and (l.number is not null or :allDrafts or g.owner_id = :draftsOf)
              and (:status = '' or (:status = 'PUBLISHED' and l.number is not null)
                   or (o.status = :status and (:allDrafts or g.owner_id = :draftsOf)))
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Guides(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Guide guide) {
        jdbc.sql("insert into guide (id, owner_id, created_at) values (:id, :owner, :createdAt)")
                .param("id", guide.id())
                .param("owner", guide.owner().memberId())
                .param("createdAt", Timestamp.from(guide.createdAt()))
                .update();
        saveRevisions(guide);
    }

    /** Inserts new revisions and updates the workflow state of existing ones. */
    void saveRevisions(Guide guide) {
        for (Revision revision : guide.revisions()) {
            GuideContent content = revision.content();
            jdbc.sql("insert into revision (" + REVISION_COLUMNS + ", document)"
                            + " values (:guideId, :number, :title, :body, :systems, :audience, cast(:resolutions as jsonb),"
                            + " :author, :createdAt, :status, :reviewer, :publishedAt, :reviewDue,"
                            + " setweight(to_tsvector('danish', :title), 'A')"
                            + " || setweight(to_tsvector('danish', :systemsText), 'B')"
                            + " || setweight(to_tsvector('danish', :body), 'C'))"
                            + " on conflict (guide_id, number) do update set status = excluded.status,"
                            + " reviewer = excluded.reviewer, published_at = excluded.published_at,"
                            + " review_due = excluded.review_due")
                    .param("guideId", revision.guideId())
                    .param("number", revision.number())
                    .param("title", content.title())
                    .param("body", content.body())
                    .param("systems", content.systems().toArray(String[]::new))
                    .param("systemsText", content.systemsText())
                    .param("audience", content.audience().name())
                    .param("resolutions", json.writeValueAsString(content.resolutions()))
                    .param("author", revision.author())
                    .param("createdAt", Timestamp.from(revision.createdAt()))
                    .param("status", revision.status().name())
                    .param("reviewer", revision.reviewer())
                    .param("publishedAt", timestamp(revision.publishedAt()))
                    .param("reviewDue", revision.reviewDue())
                    .update();
        }
    }

    void insertReview(UUID guideId, Review review) {
        jdbc.sql("""
                        insert into review (guide_id, number, reviewer, verdict, comment, checklist, at)
                        values (:guideId, :number, :reviewer, :verdict, :comment, :checklist, :at)""")
                .param("guideId", guideId)
                .param("number", review.revision())
                .param("reviewer", review.reviewer())
                .param("verdict", review.verdict().name())
                .param("comment", review.comment())
                .param("checklist", review.checklist().toArray(String[]::new))
                .param("at", Timestamp.from(review.at()))
                .update();
    }

    /** The guide with all its revisions; with {@code lock}, locked until the transaction ends. */
    Optional<Guide> find(UUID id, boolean lock) {
        Optional<GuideRow> row = jdbc.sql(
                        "select id, owner_id, created_at from guide where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(GuideRow.class)
                .optional();
        return row.map(guide -> new Guide(
                guide.id(),
                new Owner(guide.ownerId()),
                guide.createdAt().toInstant(),
                jdbc.sql("select " + REVISION_COLUMNS + " from revision where guide_id = :id")
                        .param("id", id)
                        .query(this::revision)
                        .list()));
    }

    List<Review> reviews(UUID guideId) {
        return jdbc.sql("""
                        select number, reviewer, verdict, comment, checklist, at from review
                        where guide_id = :guideId order by at, id""")
                .param("guideId", guideId)
                .query((rs, row) -> new Review(
                        rs.getInt("number"),
                        rs.getString("reviewer"),
                        Review.Verdict.valueOf(rs.getString("verdict")),
                        rs.getString("comment"),
                        strings(rs.getArray("checklist")),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    PageResponse<GuideSummary> list(GuideFilter filter, int page, int size) {
        List<GuideSummary> items = summaries(
                        "select g.id, g.owner_id, case when " + SEES_OPEN + " then coalesce(o.title, l.title)"
                                + " else l.title end as title, l.number as live_number, l.review_due,"
                                + " case when " + SEES_OPEN + " then o.number end as open_number,"
                                + " case when " + SEES_OPEN + " then o.status end as open_status " + SUMMARIES
                                + " order by 3, g.id limit :limit offset :offset",
                        filter)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Guides::summary)
                .list();
        long total = summaries("select count(*) " + SUMMARIES, filter)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, page, size, total);
    }

    /** Live revisions whose review is due before {@code today}, the most overdue first. */
    PageResponse<GuideSummary> overdue(LocalDate today, Optional<Owner> owner, int page, int size) {
        String where = " where l.status = 'PUBLISHED' and l.review_due < :today"
                + " and (:anyOwner or g.owner_id is not distinct from :owner)";
        String from = " from guide g join revision l on l.guide_id = g.id"
                + " left join revision o on o.guide_id = g.id and o.status in ('DRAFT', 'IN_REVIEW')";
        List<GuideSummary> items = jdbc.sql("select g.id, g.owner_id, l.title, l.number as live_number, l.review_due,"
                        + " o.number as open_number, o.status as open_status" + from + where
                        + " order by l.review_due, g.id limit :limit offset :offset")
                .param("today", today)
                .param("anyOwner", owner.isEmpty())
                .param("owner", owner.map(Owner::memberId).orElse(null))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Guides::summary)
                .list();
        long total = jdbc.sql("select count(*)" + from + where)
                .param("today", today)
                .param("anyOwner", owner.isEmpty())
                .param("owner", owner.map(Owner::memberId).orElse(null))
                .query(Long.class)
                .single();
        return new PageResponse<>(items, page, size, total);
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from guide)")
                .query(Boolean.class)
                .single();
    }

    private JdbcClient.StatementSpec summaries(String sql, GuideFilter filter) {
        return jdbc.sql(sql)
                .param("anyOwner", filter.owner().isEmpty())
                .param("owner", filter.owner().map(Owner::memberId).orElse(null))
                .param("allDrafts", filter.drafts().everyone())
                .param("draftsOf", filter.drafts().member().orElse(null))
                .param("status", filter.status().map(Enum::name).orElse(""));
    }

    private Revision revision(ResultSet rs, int row) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new Revision(
                rs.getObject("guide_id", UUID.class),
                rs.getInt("number"),
                new GuideContent(
                        rs.getString("title"),
                        rs.getString("body"),
                        strings(rs.getArray("systems")),
                        Audience.valueOf(rs.getString("audience")),
                        json.readValue(rs.getString("resolutions"), RESOLUTIONS)),
                rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(),
                RevisionStatus.valueOf(rs.getString("status")),
                rs.getString("reviewer"),
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getObject("review_due", LocalDate.class));
    }

    private static GuideSummary summary(ResultSet rs, int row) throws SQLException {
        String openStatus = rs.getString("open_status");
        return new GuideSummary(
                rs.getObject("id", UUID.class),
                new Owner(rs.getString("owner_id")),
                rs.getString("title"),
                rs.getObject("live_number", Integer.class),
                rs.getObject("review_due", LocalDate.class),
                rs.getObject("open_number", Integer.class),
                openStatus == null ? null : RevisionStatus.valueOf(openStatus));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    record GuideRow(UUID id, String ownerId, Timestamp createdAt) {}
}
