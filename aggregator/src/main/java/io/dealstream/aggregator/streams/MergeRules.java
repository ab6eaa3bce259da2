package io.dealstream.aggregator.streams;

import java.time.Duration;
import java.util.Properties;

/**
 * The tolerances that decide when two mentions are one deal, and when sources disagree.
 *
 * @param newsWindow          two news (current) mentions can be one deal only if one of the deal's
 *                            news mentions was published within this time of the other (default 60 days:
 *                            a round is typically rumoured, announced and closed within weeks; a company
 *                            rarely raises twice within two months)
 * @param amountTolerance     relative difference of two totals in one currency above which they are
 *                            different deals, unless both name the same round label (default 0.15:
 *                            "more than $100M" and "$110M" are one round, $750M and $2B are not)
 * @param conflictTolerance   relative difference above which two sources of one deal disagree (default
 *                            0.01: $1.2B and $1.25B disagree; rounding to three figures does not)
 */
public record MergeRules(Duration newsWindow, double amountTolerance, double conflictTolerance) {

    public static final MergeRules DEFAULTS = new MergeRules(Duration.ofDays(60), 0.15, 0.01);

    public static final String WINDOW_DAYS = "dealstream.merge.window.days";
    public static final String AMOUNT_TOLERANCE = "dealstream.merge.amount.tolerance";
    public static final String CONFLICT_TOLERANCE = "dealstream.merge.conflict.tolerance";

    public MergeRules {
        if (newsWindow == null || newsWindow.isNegative()) {
            throw new IllegalArgumentException(WINDOW_DAYS + " must be zero or more days");
        }
        if (!(amountTolerance >= 0 && amountTolerance < 1)) {
            throw new IllegalArgumentException(AMOUNT_TOLERANCE + " must be in [0, 1), e.g. 0.15");
        }
        if (!(conflictTolerance >= 0 && conflictTolerance < 1)) {
            throw new IllegalArgumentException(CONFLICT_TOLERANCE + " must be in [0, 1), e.g. 0.01");
        }
    }

    /** Rules from {@code dealstream.merge.*} properties, defaults for those not set. */
    public static MergeRules from(Properties props) {
        try {
            Duration window = Duration.ofDays(Long.parseLong(props.getProperty(WINDOW_DAYS,
                    Long.toString(DEFAULTS.newsWindow.toDays())).trim()));
            double amount = Double.parseDouble(props.getProperty(AMOUNT_TOLERANCE,
                    Double.toString(DEFAULTS.amountTolerance)).trim());
            double conflict = Double.parseDouble(props.getProperty(CONFLICT_TOLERANCE,
                    Double.toString(DEFAULTS.conflictTolerance)).trim());
            return new MergeRules(window, amount, conflict);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("dealstream.merge.* settings must be numbers: " + e.getMessage(), e);
        }
    }
}
