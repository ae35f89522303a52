package dk.ddh.hotline.membership.member;

import java.util.List;

/** One page of members and how many match in total. */
public record MemberPage(List<Member> members, long totalMembers) {}
