package dk.ddh.hotline.guides.course;

/** Where a course stands: written, open to agents, or withdrawn (attempts and competencies stay). */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    RETIRED;

    boolean mayChangeTo(CourseStatus to) {
        return (this == DRAFT && to == PUBLISHED) || (this == PUBLISHED && to == RETIRED);
    }
}
