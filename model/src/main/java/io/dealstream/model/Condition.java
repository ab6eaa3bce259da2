package io.dealstream.model;

/**
 * A condition a deal depends on. {@code kind} is one of regulatory, shareholder, financing, ipo,
 * milestone, closing, other; {@code text} is the shortest span of the article that states it.
 */
public record Condition(String kind, String text) {
}
