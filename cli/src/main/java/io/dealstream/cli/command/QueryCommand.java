package io.dealstream.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.cli.Main;
import io.dealstream.cli.UserError;
import io.dealstream.cli.http.ApiClient;
import io.dealstream.model.Article;
import io.dealstream.model.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dealstream query}: asks the HTTP API and pretty-prints its JSON answer. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Ask dealstream's HTTP API (started by `dealstream local` or `dealstream aggregator`).",
                "Prints the answer as indented JSON; exit code 1 when the API answers 4xx (not found, bad"
                        + " parameter) or is not reachable."},
        subcommands = {
                QueryCommand.DealQuery.class,
                QueryCommand.CompanyQuery.class,
                QueryCommand.ValuationsQuery.class,
                QueryCommand.InvestorQuery.class,
                QueryCommand.HealthQuery.class,
                QueryCommand.PathQuery.class})
public final class QueryCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Declared once here and inherited by every subcommand, so `query --url X company Y` and
    // `query company Y --url X` both work; the values always land in this instance.
    @Mixin
    ApiOptions api;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to query: deal ID, company NAME, valuations NAME, investor NAME, health, or get PATH");
    }

    /** Where the API is and how long to wait for it; options given before or after the subcommand. */
    public static class ApiOptions {
        @Option(scope = CommandLine.ScopeType.INHERIT, names = "--url", paramLabel = "URL", defaultValue = "${env:DEALSTREAM_URL:-http://localhost:8080}",
                description = "The API's base URL (default: ${DEFAULT-VALUE}, the API of `dealstream local`; env DEALSTREAM_URL).")
        String url;

        @Option(scope = CommandLine.ScopeType.INHERIT, names = "--wait", paramLabel = "SECONDS", defaultValue = "15",
                description = "How long to keep asking while the API answers 503 (stores still starting; default ${DEFAULT-VALUE}).")
        int waitSeconds;

        @Option(scope = CommandLine.ScopeType.INHERIT, names = "--compact", description = "Print the JSON on one line.")
        boolean compact;

        int ask(String pathAndQuery) {
            ApiClient client = new ApiClient(url, Duration.ofSeconds(30));
            ApiClient.Response response = client.get(pathAndQuery, Duration.ofSeconds(Math.max(0, waitSeconds)));
            return print(response, client, System.out, System.err);
        }

        int print(ApiClient.Response response, ApiClient client, PrintStream out, PrintStream err) {
            JsonNode body = parse(response.body());
            int status = response.status();
            if (status >= 200 && status < 300) {
                out.println(body == null ? response.body() : render(body));
                return 0;
            }
            String message = body != null && body.hasNonNull("message") ? body.get("message").asText()
                    : body != null && body.hasNonNull("error") ? body.get("error").asText()
                    : response.body();
            if (status == 503) {
                throw new UserError("the API at " + client.base() + " is not ready yet (503: " + message
                        + "); try again in a few seconds, or pass a larger --wait");
            }
            if (body != null) {
                out.println(render(body));
            }
            err.println("error: " + status + " " + message);
            return status >= 500 ? Main.EXIT_INTERNAL_ERROR : Main.EXIT_USER_ERROR;
        }

        private String render(JsonNode body) {
            try {
                return compact ? Json.MAPPER.writeValueAsString(body)
                        : Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
            } catch (IOException e) {
                return body.toString();
            }
        }

        private static JsonNode parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Json.MAPPER.readTree(text);
            } catch (IOException e) {
                return null;
            }
        }
    }

    @Command(name = "deal", mixinStandardHelpOptions = true, description = "One deal by id: GET /deals/{id}.")
    static final class DealQuery implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The deal id (as `tail` and `query company` show it).")
        String id;
        @ParentCommand
        QueryCommand query;

        @Override
        public Integer call() {
            return query.api.ask("/deals/" + ApiClient.segment(id));
        }
    }

    @Command(name = "company", mixinStandardHelpOptions = true,
            description = "A company's deals, latest valuation and total raised: GET /companies/{name}.")
    static final class CompanyQuery implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The company's name in any usual spelling (\"Acme Robotics Inc.\", \"acme robotics\").")
        String name;
        @ParentCommand
        QueryCommand query;

        @Override
        public Integer call() {
            return query.api.ask("/companies/" + ApiClient.segment(name));
        }
    }

    @Command(name = "valuations", mixinStandardHelpOptions = true,
            description = "A company's valuation history: GET /companies/{name}/valuations.")
    static final class ValuationsQuery implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The company's name.")
        String name;
        @Option(names = "--as-of", paramLabel = "TIME",
                description = "Instead of the history, the valuation in force at this time (2026-03-01 = the end of that day,"
                        + " UTC; or 2026-03-01T12:00:00Z).")
        String asOf;
        @ParentCommand
        QueryCommand query;

        @Override
        public Integer call() {
            String path = "/companies/" + ApiClient.segment(name) + "/valuations";
            if (asOf != null) {
                if (Article.parseTime(asOf).isEmpty()) {
                    throw new UserError("--as-of must be a date or time such as 2026-03-01 or 2026-03-01T12:00:00Z, not '" + asOf + "'");
                }
                path += "?asOf=" + ApiClient.queryValue(asOf);
            }
            return query.api.ask(path);
        }
    }

    @Command(name = "investor", mixinStandardHelpOptions = true,
            description = "An investor's commitments across deals: GET /investors/{name}.")
    static final class InvestorQuery implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The investor's name.")
        String name;
        @ParentCommand
        QueryCommand query;

        @Override
        public Integer call() {
            return query.api.ask("/investors/" + ApiClient.segment(name));
        }
    }

    @Command(name = "health", mixinStandardHelpOptions = true, description = "Whether the API's stores are queryable: GET /health.")
    static final class HealthQuery implements Callable<Integer> {
        @ParentCommand
        QueryCommand query;

        @Override
        public Integer call() {
            return query.api.ask("/health");
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Any path of the API, e.g. `get /instances`.")
    static final class PathQuery implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "The path and query string, already URL-encoded.")
        String path;
        @ParentCommand
        QueryCommand query;

        @Override
        public Integer call() {
            return query.api.ask(path.startsWith("/") ? path : "/" + path);
        }
    }
}
