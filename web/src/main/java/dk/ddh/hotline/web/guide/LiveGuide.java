package dk.ddh.hotline.web.guide;

import java.util.List;
import java.util.Locale;

/** A guide as the agent reads it mid-call: the live revision and its resolution boundary. */
public record LiveGuide(String guideId, String owner, Revision live) {

    public record Revision(
            int revision, String title, String body, List<String> systems, List<Resolution> resolutions) {

        public Revision {
            systems = systems == null ? List.of() : systems;
            resolutions = resolutions == null ? List.of() : resolutions;
        }
    }

    /**
     * What DDH does with an inquiry of one type: resolves it, or hands it to a second-level support.
     *
     * @param target the escalation target's id, for ESCALATE
     */
    public record Resolution(String inquiryType, String outcome, String target) {

        public boolean escalates() {
            return "ESCALATE".equals(outcome);
        }

        /** {@code misbrug-af-mitid} → "Misbrug af mitid", until the escalation service names its targets. */
        public String inquiryLabel() {
            return label(inquiryType);
        }

        public String targetLabel() {
            return label(target);
        }

        private static String label(String id) {
            if (id == null || id.isBlank()) {
                return "";
            }
            String words = id.replace('-', ' ');
            return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        }
    }
}
