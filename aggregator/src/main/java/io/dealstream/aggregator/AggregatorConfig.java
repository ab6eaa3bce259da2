package io.dealstream.aggregator;

import io.dealstream.aggregator.rest.ClusterLedgerQueries.QuerySettings;
import io.dealstream.aggregator.streams.MergeRules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The aggregator's own settings, read from the same properties as Kafka's ({@code dealstream.*}
 * keys; they are removed before the rest goes to Kafka Streams).
 *
 * <table>
 * <caption>keys</caption>
 * <tr><td>dealstream.aliases.file</td><td>company alias file (see {@link CompanyResolver}); none by default</td></tr>
 * <tr><td>dealstream.merge.window.days</td><td>news window of one deal, default 60</td></tr>
 * <tr><td>dealstream.merge.amount.tolerance</td><td>amounts further apart are different deals, default 0.15</td></tr>
 * <tr><td>dealstream.merge.conflict.tolerance</td><td>sources further apart disagree, default 0.01</td></tr>
 * <tr><td>dealstream.http.advertised.host</td><td>host other instances reach this one at; default: the HTTP
 *     bind host, or the machine's host name when binding to all interfaces</td></tr>
 * <tr><td>dealstream.query.max.standby.lag</td><td>records a standby may lag and still answer, default 10000</td></tr>
 * <tr><td>dealstream.query.retry.ms</td><td>how long a query retries a store that is not queryable, default 1000</td></tr>
 * <tr><td>dealstream.query.forward.timeout.ms</td><td>how long to wait for another instance, default 5000</td></tr>
 * </table>
 */
public record AggregatorConfig(
        Optional<Path> aliasesFile,
        MergeRules mergeRules,
        Optional<String> advertisedHost,
        QuerySettings querySettings,
        Properties kafkaProperties) {

    public static final String PREFIX = "dealstream.";
    public static final String ALIASES_FILE = "dealstream.aliases.file";
    public static final String ADVERTISED_HOST = "dealstream.http.advertised.host";
    public static final String MAX_STANDBY_LAG = "dealstream.query.max.standby.lag";
    public static final String RETRY_MS = "dealstream.query.retry.ms";
    public static final String FORWARD_TIMEOUT_MS = "dealstream.query.forward.timeout.ms";

    public static AggregatorConfig from(Properties props) {
        Properties kafka = new Properties();
        for (String name : props.stringPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                kafka.put(name, props.getProperty(name));
            }
        }
        String aliases = props.getProperty(ALIASES_FILE);
        QuerySettings defaults = QuerySettings.DEFAULTS;
        QuerySettings query = new QuerySettings(
                Duration.ofMillis(number(props, RETRY_MS, defaults.retryBudget().toMillis())),
                number(props, MAX_STANDBY_LAG, defaults.maxStandbyLag()),
                defaults.connectTimeout(),
                Duration.ofMillis(number(props, FORWARD_TIMEOUT_MS, defaults.forwardTimeout().toMillis())));
        String advertised = props.getProperty(ADVERTISED_HOST);
        return new AggregatorConfig(
                aliases == null || aliases.isBlank() ? Optional.empty() : Optional.of(Path.of(aliases.strip())),
                MergeRules.from(props),
                advertised == null || advertised.isBlank() ? Optional.empty() : Optional.of(advertised.strip()),
                query, kafka);
    }

    private static long number(Properties props, String key, long fallback) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of zero or more, got '" + value + "'");
        }
    }
}
