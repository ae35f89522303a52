package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.support.problem.ConflictException;
import java.util.Map;

/** 409: the workflow does not allow this step in the guide's current state. */
class WorkflowConflict extends ConflictException {

    WorkflowConflict(String slug, String detail, Map<String, ?> properties) {
        super(slug, detail, properties);
    }
}
