package dk.ddh.hotline.contracts.membership;

public record MemberRegistered(MemberSnapshot member) implements MemberEvent {}
