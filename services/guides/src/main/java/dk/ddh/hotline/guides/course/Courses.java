package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.guides.guide.DraftScope;
import dk.ddh.hotline.guides.guide.Owner;
import dk.ddh.hotline.support.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The course table: content inserted once, lessons and questions as JSON; only the status changes. */
@Repository
class Courses {

    private static final String COLUMNS = "id, owner_id, title, description, competency, pass_threshold, lessons,"
            + " questions, author, created_at, status, published_at";
    private static final TypeReference<List<Lesson>> LESSONS = new TypeReference<>() {};
    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {};

    /** Published and retired courses, and the drafts of owners whose drafts the caller may see. */
    private static final String VISIBLE = " from course where (status <> 'DRAFT' or :allDrafts or owner_id = :draftsOf)"
            + " and (:status = '' or status = :status)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Courses(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Course course) {
        CourseContent content = course.content();
        jdbc.sql("insert into course (" + COLUMNS + ") values (:id, :owner, :title, :description, :competency,"
                        + " :passThreshold, cast(:lessons as jsonb), cast(:questions as jsonb), :author, :createdAt,"
                        + " :status, :publishedAt)")
                .param("id", course.id())
                .param("owner", course.owner().memberId())
                .param("title", content.title())
                .param("description", content.description())
                .param("competency", content.competency())
                .param("passThreshold", content.passThreshold())
                .param("lessons", json.writeValueAsString(content.lessons()))
                .param("questions", json.writeValueAsString(content.questions()))
                .param("author", course.author())
                .param("createdAt", Timestamp.from(course.createdAt()))
                .param("status", course.status().name())
                .param("publishedAt", null)
                .update();
    }

    void saveStatus(Course course) {
        jdbc.sql("update course set status = :status, published_at = :publishedAt where id = :id")
                .param("id", course.id())
                .param("status", course.status().name())
                .param("publishedAt", course.publishedAt() == null ? null : Timestamp.from(course.publishedAt()))
                .update();
    }

    /** The course; with {@code lock}, locked until the transaction ends. */
    Optional<Course> find(UUID id, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " from course where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(this::course)
                .optional();
    }

    PageResponse<Course> list(Optional<CourseStatus> status, DraftScope drafts, int page, int size) {
        List<Course> items = visible(
                        "select " + COLUMNS + VISIBLE + " order by title, id limit :limit offset :offset",
                        status,
                        drafts)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(this::course)
                .list();
        long total = visible("select count(*)" + VISIBLE, status, drafts)
                .query(Long.class)
                .single();
        return new PageResponse<>(items, page, size, total);
    }

    private JdbcClient.StatementSpec visible(String sql, Optional<CourseStatus> status, DraftScope drafts) {
        return jdbc.sql(sql)
                .param("allDrafts", drafts.everyone())
                .param("draftsOf", drafts.member().orElse(null))
                .param("status", status.map(Enum::name).orElse(""));
    }

    private Course course(ResultSet rs, int row) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new Course(
                rs.getObject("id", UUID.class),
                new Owner(rs.getString("owner_id")),
                new CourseContent(
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("competency"),
                        rs.getInt("pass_threshold"),
                        json.readValue(rs.getString("lessons"), LESSONS),
                        json.readValue(rs.getString("questions"), QUESTIONS)),
                rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(),
                CourseStatus.valueOf(rs.getString("status")),
                publishedAt == null ? null : publishedAt.toInstant());
    }
}
