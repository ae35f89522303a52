package dk.ddh.hotline.guides.guide;

import dk.ddh.hotline.support.problem.InvalidRequestException;
import java.util.Map;

/**
 * The resolution boundary for one kind of inquiry: DDH resolves it on the call, or the call goes to an escalation
 * target (e.g. the Region's MinSP technical support), named by the escalation service's target id.
 */
public record Resolution(String inquiryType, Outcome outcome, String target) {

    public enum Outcome {
        DDH_RESOLVES,
        ESCALATE
    }

    public Resolution {
        boolean hasTarget = target != null && !target.isBlank();
        if (outcome == Outcome.ESCALATE && !hasTarget) {
            throw invalid(inquiryType, "an escalation needs a target");
        }
        if (outcome == Outcome.DDH_RESOLVES && hasTarget) {
            throw invalid(inquiryType, "DDH resolves it: there is no escalation target");
        }
        target = hasTarget ? target : null;
    }

    private static InvalidRequestException invalid(String inquiryType, String detail) {
        return new InvalidRequestException(
                "invalid-resolution",
                "Inquiry type " + inquiryType + ": " + detail,
                Map.of("inquiryType", String.valueOf(inquiryType)));
    }
}
