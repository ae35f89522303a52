package dk.ddh.hotline.contracts.membership;

public record MemberTermsChanged(MemberSnapshot member) implements MemberEvent {}
