package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The record on {@code deal-updates}, keyed by deal id: the full deal after a change, what kind
 * of change it was, which fields changed and which article caused it. {@code deal} is null for
 * {@link #REMOVED} (every mention of the deal was retracted, or its sources now form a deal with
 * another id: then {@code replacedBy} names that deal).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DealUpdate(String dealId, String change, List<String> changedFields, String causedBy, Deal deal,
                         String replacedBy) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String REMOVED = "removed";

    public DealUpdate(String dealId, String change, List<String> changedFields, String causedBy, Deal deal) {
        this(dealId, change, changedFields, causedBy, deal, null);
    }

    public DealUpdate {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
