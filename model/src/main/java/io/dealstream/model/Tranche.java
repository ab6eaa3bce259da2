package io.dealstream.model;

/** A part of a deal's amount, paid now ({@code contingent=false}) or only if conditions are met. */
public record Tranche(Money amount, boolean contingent) {
}
