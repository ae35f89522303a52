package dk.ddh.hotline.contracts.membership;

public record MemberStatusChanged(MemberSnapshot member, MemberStatus previousStatus) implements MemberEvent {}
