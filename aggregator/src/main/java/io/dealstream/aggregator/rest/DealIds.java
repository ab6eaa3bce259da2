package io.dealstream.aggregator.rest;

/** Deal ids begin with the company key ({@code openai:funding:20260224:1a2b3c4d}); the key finds the owner. */
final class DealIds {

    private DealIds() {
    }

    /** The company key of a deal id, or null when the text is not shaped like a deal id. */
    static String companyKey(String dealId) {
        if (dealId == null) {
            return null;
        }
        int colon = dealId.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String key = dealId.substring(0, colon);
        return key.matches("[a-z0-9]+(-[a-z0-9]+)*") ? key : null;
    }
}
