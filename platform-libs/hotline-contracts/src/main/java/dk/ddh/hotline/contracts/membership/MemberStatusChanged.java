package dk.ddh.hotline.contracts.membership;

public record MemberStatusChanged(MemberSnapshot member, String previousStatus) {}
