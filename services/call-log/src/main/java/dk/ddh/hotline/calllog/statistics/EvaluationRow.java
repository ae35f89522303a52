package dk.ddh.hotline.calllog.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One member's quarter for the pilot's evaluation, beside its baseline: the member's first full quarter on the hotline
 * (from its pilot start, or else from its first contact).
 *
 * @param quarter e.g. {@code 2026-Q2}
 * @param complete false for the quarter still running
 * @param healthAppContacts contacts on a health-app line or about a health app
 * @param firstContactResolution resolved without a repeat call, of answered
 * @param referralRate referred, escalated or transferred, of answered
 * @param contactsIndex contacts as a multiple of the baseline's (1.25: a quarter more)
 * @param resolutionChange first-contact resolution minus the baseline's
 */
@JsonPropertyOrder({
    "quarter",
    "complete",
    "memberId",
    "memberName",
    "contacts",
    "answered",
    "healthAppContacts",
    "firstContactResolution",
    "referralRate",
    "baselineQuarter",
    "baselineContacts",
    "baselineFirstContactResolution",
    "contactsIndex",
    "resolutionChange"
})
public record EvaluationRow(
        String quarter,
        boolean complete,
        String memberId,
        String memberName,
        long contacts,
        long answered,
        long healthAppContacts,
        BigDecimal firstContactResolution,
        BigDecimal referralRate,
        String baselineQuarter,
        Long baselineContacts,
        BigDecimal baselineFirstContactResolution,
        BigDecimal contactsIndex,
        BigDecimal resolutionChange) {}
