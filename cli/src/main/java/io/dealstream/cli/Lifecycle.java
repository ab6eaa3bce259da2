package io.dealstream.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts a long-running command started, closed in reverse order of start, once: on Ctrl-C or
 * SIGTERM (through a JVM shutdown hook), when a part fails, or when the command returns.
 */
public final class Lifecycle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private record Part(String name, AutoCloseable resource) {
    }

    private final Deque<Part> parts = new ArrayDeque<>();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private final Thread hook;
    private volatile String stopReason;
    private boolean closed;

    public Lifecycle() {
        hook = new Thread(this::onSignal, "dealstream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Registers a started part; it is closed before every part registered earlier. */
    public synchronized <T extends AutoCloseable> T add(String name, T resource) {
        if (closed) {
            closeQuietly(new Part(name, resource));
            throw new UserError("stopping: " + name + " was not kept running");
        }
        parts.push(new Part(name, resource));
        return resource;
    }

    /** Asks the command to stop (a part failed, or the work is done); {@code reason} is shown to the user. */
    public void requestStop(String reason) {
        stopReason = reason;
        stopRequested.countDown();
    }

    /** Waits until a signal or {@link #requestStop(String)}; returns the reason, or null for a signal. */
    public String awaitStopRequest() throws InterruptedException {
        stopRequested.await();
        return stopReason;
    }

    /** Waits up to {@code millis} for a stop request; true when one came. */
    public boolean awaitStopRequest(long millis) throws InterruptedException {
        return stopRequested.await(millis, TimeUnit.MILLISECONDS);
    }

    public boolean stopRequested() {
        return stopRequested.getCount() == 0;
    }

    @Override
    public void close() {
        closeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: it closed everything already
        }
    }

    private void onSignal() {
        stopRequested.countDown();
        closeAll();
        try {
            closedLatch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeAll() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        while (true) {
            Part part;
            synchronized (this) {
                part = parts.poll();
            }
            if (part == null) {
                break;
            }
            closeQuietly(part);
        }
        closedLatch.countDown();
    }

    private static void closeQuietly(Part part) {
        long started = System.nanoTime();
        try {
            part.resource().close();
            LOG.debug("stopped {} in {} ms", part.name(), (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", part.name(), e.toString());
        }
    }
}
