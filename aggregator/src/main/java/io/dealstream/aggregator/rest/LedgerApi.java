package io.dealstream.aggregator.rest;

import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.Article;
import io.dealstream.model.DealType;
import io.dealstream.model.Json;
import io.dealstream.model.ValuationPoint;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregator's HTTP API (Javalin). Every answer is JSON; errors are
 * {@code {"status":404,"error":"not_found","message":"..."}} and never carry a stack trace: 400 for
 * bad parameters, 404 for unknown keys and routes, 405 for other methods, 414/431 for oversized
 * requests, 503 with {@code Retry-After} while the stores cannot answer.
 *
 * <p>Names in paths are resolved like article names ({@link CompanyResolver}), so
 * {@code /companies/Amazon.com%20Inc.} and {@code /companies/amazon} are the same company.
 */
public final class LedgerApi {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerApi.class);

    /** Longest name or id accepted in a path. */
    public static final int MAX_NAME_LENGTH = 200;
    public static final String SERVED_BY_HEADER = "X-Dealstream-Served-By";
    private static final Set<String> TYPES = Set.of(DealType.FUNDING, DealType.ACQUISITION, DealType.INVESTMENT,
            DealType.IPO, DealType.DEBT, DealType.COMMITMENT, VolumeStats.ALL_TYPES);
    private static final List<String> ROUTES = List.of(
            "GET /health", "GET /instances", "GET /deals/{id}", "GET /companies/{name}",
            "GET /companies/{name}/valuations[?asOf=2026-02-27|2026-02-27T12:00:00Z]", "GET /investors/{name}",
            "GET /stats/volume[?by=day|week|month][&type=funding|...|all]");

    private final CompanyResolver resolver;
    private final Supplier<String> self;
    private volatile LedgerQueries queries;
    private volatile LocalQueries local;
    private Javalin app;

    public LedgerApi(CompanyResolver resolver, Supplier<String> self) {
        this.resolver = resolver;
        this.self = self;
    }

    /** Connects the API to its queries; until then every data route answers 503. */
    public void attach(LedgerQueries ledgerQueries, LocalQueries localQueries) {
        this.queries = ledgerQueries;
        this.local = localQueries;
    }

    /** Starts serving on {@code host:port} (port 0: any free port) and returns the bound port. */
    public synchronized int start(String host, int port) {
        app = create();
        app.start(host, port);
        return app.port();
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private Javalin create() {
        Javalin javalin = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = 64 * 1024;
            cfg.router.ignoreTrailingSlashes = true;
            QueuedThreadPool threads = new QueuedThreadPool(32, 4, 60_000);
            threads.setName("dealstream-http");
            cfg.jetty.threadPool = threads;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        });
        javalin.get("/", ctx -> ctx.json(Map.of("service", "dealstream-aggregator", "routes", ROUTES)));
        javalin.get("/health", this::health);
        javalin.get("/instances", ctx -> withQueries(ctx, q -> ctx.json(q.instances())));
        javalin.get("/deals/{id}", this::deal);
        javalin.get("/companies/{name}", this::company);
        javalin.get("/companies/{name}/valuations", this::valuations);
        javalin.get("/investors/{name}", this::investor);
        javalin.get("/stats/volume", this::volume);
        javalin.get("/internal/stores/{store}/{key}", this::internalValue);
        javalin.get("/internal/volume", this::internalVolume);

        javalin.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
        javalin.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 404 ? "not_found" : e.getStatus() == 405 ? "method_not_allowed" : "http_" + e.getStatus(),
                e.getStatus() == 404 ? "no route " + ctx.method() + " " + ctx.path() + "; routes: " + String.join(", ", ROUTES)
                        : e.getStatus() == 405 ? "only GET is served on " + ctx.path() : e.getMessage()));
        javalin.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal_error", "the aggregator failed to answer; its log has the details");
        });
        return javalin;
    }

    // ---------------------------------------------------------------- public routes

    private void health(Context ctx) {
        LedgerQueries q = queries;
        Health h = q == null ? new Health(Health.STARTING, "CREATED") : q.health();
        if (!h.isUp()) {
            ctx.header("Retry-After", "1");
        }
        ctx.status(h.isUp() ? 200 : 503).json(h);
    }

    private void deal(Context ctx) {
        String id = pathText(ctx, "id", "deal id");
        if (DealIds.companyKey(id) == null) {
            throw new BadRequest("'" + id + "' is not a deal id; ids look like openai:funding:20260224:1a2b3c4d "
                    + "(see GET /companies/{name} for a company's deals)");
        }
        withQueries(ctx, q -> respond(ctx, q.deal(id)));
    }

    private void company(Context ctx) {
        String name = pathText(ctx, "name", "company name");
        String key = companyKey(name);
        withQueries(ctx, q -> respond(ctx, naming(q.company(key), "no deals known for company", name, key)));
    }

    private void valuations(Context ctx) {
        String name = pathText(ctx, "name", "company name");
        String key = companyKey(name);
        Optional<Instant> asOf = asOf(ctx.queryParam("asOf"));
        withQueries(ctx, q -> {
            QueryResult<ValuationHistory> history = naming(q.valuations(key), "no valuations known for company", name, key);
            if (asOf.isEmpty()) {
                respond(ctx, history);
                return;
            }
            ValuationHistory h = history.valueOrNull();
            if (h != null) {
                Optional<ValuationPoint> point = h.asOf(asOf.get());
                if (point.isEmpty()) {
                    error(ctx, 404, "not_found", "no valuation of '" + h.company() + "' was published by " + asOf.get());
                    return;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("companyKey", h.companyKey());
                body.put("company", h.company());
                body.put("asOf", asOf.get().toString());
                body.put("valuation", point.get());
                respond(ctx, history, any -> body);
            } else {
                respond(ctx, history);
            }
        });
    }

    private void investor(Context ctx) {
        String name = pathText(ctx, "name", "investor name");
        String key = resolver.canonicalKey(name);
        if (key.isEmpty()) {
            throw new BadRequest("'" + name + "' is not an investor name: nothing is left after removing "
                    + "punctuation and suffixes such as Inc.");
        }
        withQueries(ctx, q -> respond(ctx, naming(q.investor(key), "no commitments known for investor", name, key)));
    }

    private void volume(Context ctx) {
        Granularity by = granularity(ctx.queryParam("by"));
        String type = dealType(ctx.queryParam("type"));
        withQueries(ctx, q -> respond(ctx, q.volume(by, type)));
    }

    // ---------------------------------------------------------------- instance-to-instance routes

    private void internalValue(Context ctx) {
        String store = pathText(ctx, "store", "store name");
        String key = pathText(ctx, "key", "key");
        Integer partition = partition(ctx.queryParam("partition"));
        boolean stale = Boolean.parseBoolean(ctx.queryParam("stale"));
        LocalQueries l = local;
        if (l == null) {
            unavailable(ctx, "the aggregator is starting");
            return;
        }
        respond(ctx, l.localValue(store, key, partition, stale));
    }

    private void internalVolume(Context ctx) {
        Granularity by = granularity(ctx.queryParam("by"));
        String type = dealType(ctx.queryParam("type"));
        Set<Integer> partitions = partitions(ctx.queryParam("partitions"));
        boolean stale = Boolean.parseBoolean(ctx.queryParam("stale"));
        LocalQueries l = local;
        if (l == null) {
            unavailable(ctx, "the aggregator is starting");
            return;
        }
        respond(ctx, l.localVolume(by, type, partitions, stale));
    }

    // ---------------------------------------------------------------- answers

    private void withQueries(Context ctx, java.util.function.Consumer<LedgerQueries> answer) {
        LedgerQueries q = queries;
        if (q == null) {
            unavailable(ctx, "the aggregator is starting");
            return;
        }
        answer.accept(q);
    }

    /**
     * A not-found answer names what the user typed ("Nobody Corp"), not only the canonical key it
     * was looked up by ("nobody"), so the user can tell a typo from a company the ledger lacks.
     */
    private static <T> QueryResult<T> naming(QueryResult<T> result, String notFound, String typed, String key) {
        if (!(result instanceof QueryResult.NotFound<T>)) {
            return result;
        }
        return QueryResult.notFound(notFound + " '" + typed + "'"
                + (typed.equals(key) ? "" : " (looked up as '" + key + "': case, punctuation and suffixes such as Inc. are ignored)"));
    }

    private <T> void respond(Context ctx, QueryResult<T> result) {
        respond(ctx, result, value -> value);
    }

    private <T> void respond(Context ctx, QueryResult<T> result, Function<? super T, ?> body) {
        if (result instanceof QueryResult.FoundLocally<T> found) {
            ctx.header(SERVED_BY_HEADER, self.get()).json(body.apply(found.value()));
        } else if (result instanceof QueryResult.FoundRemotely<T> found) {
            ctx.header(SERVED_BY_HEADER, found.host()).json(body.apply(found.value()));
        } else if (result instanceof QueryResult.NotFound<T> notFound) {
            error(ctx, 404, "not_found", notFound.message());
        } else if (result instanceof QueryResult.Unavailable<T> unavailable) {
            ctx.header("Retry-After", Integer.toString(Math.max(1, unavailable.retryAfterSeconds())));
            error(ctx, 503, "unavailable", unavailable.reason() + "; retry shortly");
        }
    }

    private static void unavailable(Context ctx, String reason) {
        ctx.header("Retry-After", "1");
        error(ctx, 503, "unavailable", reason + "; retry shortly");
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(errorBody(status, code, message));
    }

    static Map<String, Object> errorBody(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", code);
        body.put("message", message);
        return body;
    }

    // ---------------------------------------------------------------- parameters

    private String companyKey(String name) {
        String key = resolver.canonicalKey(name);
        if (key.isEmpty()) {
            throw new BadRequest("'" + name + "' is not a company name: nothing is left after removing "
                    + "punctuation and suffixes such as Inc.");
        }
        return key;
    }

    private static String pathText(Context ctx, String param, String what) {
        String value = ctx.pathParam(param);
        if (value.isBlank()) {
            throw new BadRequest("the " + what + " is empty");
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new BadRequest("the " + what + " is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest("the " + what + " contains control characters");
        }
        return value;
    }

    /** An ISO date means the end of that day (UTC); an instant or date-time is taken as given (UTC without zone). */
    static Optional<Instant> asOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(LocalDate.parse(t).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1));
        } catch (DateTimeParseException notADate) {
            return Optional.of(Article.parseTime(t).orElseThrow(() -> new BadRequest(
                    "asOf must be an ISO date (2026-02-27) or instant (2026-02-27T12:00:00Z), got '" + abbreviate(t) + "'")));
        }
    }

    private static Granularity granularity(String text) {
        if (text == null) {
            return Granularity.MONTH;
        }
        return Granularity.parse(text).orElseThrow(() ->
                new BadRequest("by must be day, week or month, got '" + abbreviate(text) + "'"));
    }

    private static String dealType(String text) {
        if (text == null) {
            return DealType.FUNDING;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(t)) {
            throw new BadRequest("type must be one of " + new TreeSet<>(TYPES) + ", got '" + abbreviate(text) + "'");
        }
        return t;
    }

    private static Integer partition(String text) {
        if (text == null) {
            return null;
        }
        try {
            int p = Integer.parseInt(text.strip());
            if (p < 0) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new BadRequest("partition must be a partition number, got '" + abbreviate(text) + "'");
        }
    }

    private static Set<Integer> partitions(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<Integer> result = new TreeSet<>();
        for (String p : text.split(",")) {
            result.add(partition(p));
        }
        return result;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    /** A parameter the user must correct: answered 400 with the message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /**
     * Jetty answers some requests before Javalin sees them (a URI too long, a malformed escape, an
     * ambiguous path); this makes those answers JSON too.
     */
    static final class JsonErrorHandler extends ErrorHandler {

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json");
            return ByteBuffer.wrap(Json.write(errorBody(status, status == 414 ? "uri_too_long" : "bad_request",
                    reason == null ? "the request is malformed" : "the request is malformed: " + reason))
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            baseRequest.setHandled(true);
            int status = response.getStatus();
            response.setContentType("application/json");
            response.getWriter().write(Json.write(errorBody(status, status == 404 ? "not_found" : "http_" + status,
                    "the request could not be served (HTTP " + status + ")")));
        }
    }
}
