package dk.ddh.hotline.guides.course;

import dk.ddh.hotline.support.problem.ConflictException;
import java.util.Map;

/** 409: the course or attempt does not allow this step in its current state. */
class TrainingConflict extends ConflictException {

    TrainingConflict(String slug, String detail, Map<String, ?> properties) {
        super(slug, detail, properties);
    }
}
