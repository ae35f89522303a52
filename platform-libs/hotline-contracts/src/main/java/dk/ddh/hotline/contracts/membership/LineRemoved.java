package dk.ddh.hotline.contracts.membership;

public record LineRemoved(LineSnapshot line) implements LineEvent {}
