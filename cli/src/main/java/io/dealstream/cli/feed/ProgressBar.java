package io.dealstream.cli.feed;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, redrawn in place at most ten times a second. Shown
 * only for large inputs on a terminal, so that logs and pipes stay clean.
 */
public final class ProgressBar implements ArticleFeeder.Progress {

    /** Inputs smaller than this finish too fast for a bar to help. */
    public static final long MIN_BYTES_FOR_BAR = 512 * 1024;
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private boolean drawn;

    public ProgressBar(PrintStream err) {
        this.err = err;
    }

    /** A bar when standard error is a terminal and the input is large (or of unknown size), else nothing. */
    public static ArticleFeeder.Progress forInput(long totalBytes, PrintStream err) {
        boolean terminal = System.console() != null;
        if (!terminal || (totalBytes >= 0 && totalBytes < MIN_BYTES_FOR_BAR)) {
            return ArticleFeeder.Progress.NONE;
        }
        return new ProgressBar(err);
    }

    @Override
    public void update(long bytesRead, long totalBytes, long records) {
        long now = System.nanoTime();
        boolean done = totalBytes >= 0 && bytesRead >= totalBytes;
        if (!done && now - lastDrawNanos < REDRAW_NANOS) {
            return;
        }
        lastDrawNanos = now;
        err.print('\r' + render(bytesRead, totalBytes, records, (now - startNanos) / 1e9));
        drawn = true;
        if (done) {
            err.println();
            drawn = false;
        }
        err.flush();
    }

    /** Ends the line of an unfinished bar, so that the next message starts on a new line. */
    public void finish() {
        if (drawn) {
            err.println();
        }
    }

    static String render(long bytesRead, long totalBytes, long records, double seconds) {
        String rate = seconds > 0 ? String.format(" %,.0f articles/s", records / seconds) : "";
        if (totalBytes <= 0) {
            return String.format("%,d articles, %s%s", records, human(bytesRead), rate);
        }
        double fraction = Math.min(1.0, (double) bytesRead / totalBytes);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format("[%s%s] %3.0f%% %,d articles, %s of %s%s",
                "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, records,
                human(bytesRead), human(totalBytes), rate);
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
