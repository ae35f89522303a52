package dk.ddh.hotline.membership.member;

public enum MemberKind {
    MUNICIPALITY,
    REGION
}
