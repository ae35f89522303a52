package dk.ddh.hotline.contracts.membership;

public record LineChanged(LineSnapshot line) implements LineEvent {}
