package dk.ddh.hotline.membership.member;

import dk.ddh.hotline.contracts.membership.Payer;
import java.time.LocalDate;

/**
 * Who pays a member's usage on a given day.
 *
 * @param payingMemberId the member that pays: the member itself or its sponsor
 */
public record PayerOnDay(String memberId, LocalDate on, Payer payer, String payingMemberId) {}
