package io.dealstream.aggregator.rest;

/**
 * The outcome of a query: found in a store of this instance, found on another instance (the
 * request was forwarded to the instance that hosts the key), not found, or unavailable right now
 * (stores restoring, a rebalance, the owner unreachable and no standby close enough).
 */
public sealed interface QueryResult<T> {

    record FoundLocally<T>(T value) implements QueryResult<T> {
    }

    record FoundRemotely<T>(T value, String host) implements QueryResult<T> {
    }

    record NotFound<T>(String message) implements QueryResult<T> {
    }

    record Unavailable<T>(String reason, int retryAfterSeconds) implements QueryResult<T> {
    }

    static <T> QueryResult<T> local(T value) {
        return new FoundLocally<>(value);
    }

    static <T> QueryResult<T> notFound(String message) {
        return new NotFound<>(message);
    }

    static <T> QueryResult<T> unavailable(String reason) {
        return new Unavailable<>(reason, 1);
    }

    /** The value when found anywhere, else null. */
    default T valueOrNull() {
        if (this instanceof FoundLocally<T> f) {
            return f.value();
        }
        if (this instanceof FoundRemotely<T> f) {
            return f.value();
        }
        return null;
    }

    /** The same outcome with a value of another type (not-found and unavailable carry over). */
    @SuppressWarnings("unchecked")
    default <R> QueryResult<R> map(java.util.function.Function<T, R> f) {
        if (this instanceof FoundLocally<T> l) {
            return new FoundLocally<>(f.apply(l.value()));
        }
        if (this instanceof FoundRemotely<T> r) {
            return new FoundRemotely<>(f.apply(r.value()), r.host());
        }
        return (QueryResult<R>) this;
    }
}
