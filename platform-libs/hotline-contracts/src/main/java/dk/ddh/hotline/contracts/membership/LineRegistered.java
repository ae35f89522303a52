package dk.ddh.hotline.contracts.membership;

public record LineRegistered(LineSnapshot line) implements LineEvent {}
