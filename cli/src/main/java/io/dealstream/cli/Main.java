package io.dealstream.cli;

import io.dealstream.cli.broker.EmbeddedKafkaBroker;
import io.dealstream.cli.command.AggregatorCommand;
import io.dealstream.cli.command.ExtractCommand;
import io.dealstream.cli.command.ExtractorCommand;
import io.dealstream.cli.command.FeedCommand;
import io.dealstream.cli.command.LocalCommand;
import io.dealstream.cli.command.QueryCommand;
import io.dealstream.cli.command.TailCommand;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dealstream} command. */
@Command(name = "dealstream",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
                "Turns a stream of news articles on Kafka into a live, queryable ledger of deals.",
                "",
                "Start everything on this machine with `dealstream local`, then `feed`, `tail` and `query` it."},
        subcommands = {
                LocalCommand.class,
                FeedCommand.class,
                TailCommand.class,
                QueryCommand.class,
                ExtractCommand.class,
                ExtractorCommand.class,
                AggregatorCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for errors the user can fix (bad option, nothing running, missing file). */
    public static final int EXIT_USER_ERROR = 1;
    /** Exit code for failures that are dealstream's (a bug or a broken environment); 2 is a usage error. */
    public static final int EXIT_INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; never calls System.exit. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handleExecutionException);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** The repository (or install) directory: where the launcher lives; the working directory otherwise. */
    public static Path home() {
        String home = System.getProperty("dealstream.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("DEALSTREAM_HOME");
        }
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        String message = userMessage(e);
        if (message != null) {
            err.println(cli.getColorScheme().errorText("error: " + message));
            if (debug()) {
                e.printStackTrace(err);
            }
            err.flush();
            return EXIT_USER_ERROR;
        }
        err.println(cli.getColorScheme().errorText("error: " + e));
        if (debug()) {
            e.printStackTrace(err);
        } else {
            err.println("This is a dealstream bug or a broken environment; run with DEALSTREAM_DEBUG=1 for the stack trace.");
        }
        err.flush();
        return EXIT_INTERNAL_ERROR;
    }

    /** The message of an error the user can fix, or null for anything else. */
    static String userMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserError || t instanceof EmbeddedKafkaBroker.BrokerStartException) {
                return t.getMessage();
            }
            if (t instanceof UncheckedIOException && t.getMessage() != null) {
                return t.getMessage() + (t.getCause() != null && t.getCause().getMessage() != null
                        ? ": " + t.getCause().getMessage() : "");
            }
        }
        return null;
    }

    private static boolean debug() {
        String d = System.getenv("DEALSTREAM_DEBUG");
        return d != null && !d.isBlank() && !d.equals("0");
    }

    /** The version from the jar's manifest (set by Maven), or "development". */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dealstream " + (v == null ? "development build" : v),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
