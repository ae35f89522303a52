package dk.ddh.hotline.guides.guide;

import java.time.Instant;
import java.util.List;

/** A reviewer's verdict on a revision: approved (with the checklist ticked) or rejected back to draft with a comment. */
public record Review(
        int revision, String reviewer, Verdict verdict, String comment, List<String> checklist, Instant at) {

    public enum Verdict {
        APPROVED,
        REJECTED
    }
}
