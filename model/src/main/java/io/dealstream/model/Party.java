package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A named organisation or person on the other side of a deal from its target.
 * {@code amount} is this party's own share where the article states one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(String name, String role, Money amount) {

    public static final String INVESTOR = "investor";
    public static final String LEAD_INVESTOR = "lead_investor";
    public static final String ACQUIRER = "acquirer";
    public static final String SELLER = "seller";
    public static final String LENDER = "lender";
    public static final String BUYER = "buyer";
    public static final String UNDERWRITER = "underwriter";

    public Party withAmount(Money newAmount) {
        return new Party(name, role, newAmount);
    }

    public Party withRole(String newRole) {
        return new Party(name, newRole, amount);
    }
}
