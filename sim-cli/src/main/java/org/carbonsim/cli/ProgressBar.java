package org.carbonsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.carbonsim.core.engine.Progress;

/**
 * A one-line progress bar on standard error with the share done and the estimated time left, for work
 * that takes long enough to wonder about: {@code hubei-pilot [#####-----] 48% 1280/2662 days ETA 0:37}.
 * It is drawn only for a person watching: when there is a console, {@code --quiet} is not given and the
 * {@code CI} environment variable is unset; otherwise {@link #start} returns a bar that draws nothing,
 * so files and captured output never contain it. It redraws at most every {@link #REDRAW_NANOS} and
 * first after that long, so quick work shows no bar at all, and {@link #close} wipes the line so that
 * what is printed next starts clean.
 *
 * <p>Use: {@code try (ProgressBar bar = ProgressBar.start(err, "hubei-pilot", "days", quiet)) { work(bar);
 * }}. Thread-safe.
 */
public final class ProgressBar implements Progress, AutoCloseable {
    /** The shortest time between two redraws, and before the first. */
    static final long REDRAW_NANOS = 200_000_000L;

    private static final int BAR_CHARS = 30;
    private static final ProgressBar OFF = new ProgressBar("", "", null, () -> 0);

    private final String label;
    private final String unit;
    private final PrintWriter err;
    private final LongSupplier clockNanos;
    private final long startNanos;
    private long lastDrawNanos;
    private int drawnChars;

    /**
     * A bar that draws on {@code err}, or nothing if {@code err} is {@code null}.
     *
     * @param unit what is counted, in the plural ({@code days}, {@code runs})
     * @param clockNanos a monotonic clock in nanoseconds, {@link System#nanoTime} outside tests
     */
    ProgressBar(String label, String unit, PrintWriter err, LongSupplier clockNanos) {
        this.label = Objects.requireNonNull(label, "label");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.err = err;
        this.clockNanos = Objects.requireNonNull(clockNanos, "clockNanos");
        this.startNanos = clockNanos.getAsLong();
        this.lastDrawNanos = startNanos;
    }

    /**
     * A bar labelled {@code label} counting {@code unit} that draws on {@code err} if someone is
     * watching (see {@link #wanted}), else one that draws nothing.
     */
    public static ProgressBar start(PrintWriter err, String label, String unit, boolean quiet) {
        if (!wanted(quiet, System.console() != null, System.getenv())) {
            return OFF;
        }
        return new ProgressBar(label, unit, err, System::nanoTime);
    }

    /** Whether to draw: on a console, without {@code --quiet}, and not under CI. */
    static boolean wanted(boolean quiet, boolean console, Map<String, String> environment) {
        return console && !quiet && !environment.containsKey("CI");
    }

    /** Whether this bar draws anything at all. */
    boolean isDrawing() {
        return err != null;
    }

    @Override
    public synchronized void advanced(long done, long total) {
        if (err == null) {
            return;
        }
        long now = clockNanos.getAsLong();
        if (now - lastDrawNanos < REDRAW_NANOS) {
            return;
        }
        lastDrawNanos = now;
        String line = line(label, unit, done, total, now - startNanos);
        err.print('\r');
        err.print(line);
        for (int i = line.length(); i < drawnChars; i++) {
            err.print(' ');
        }
        drawnChars = Math.max(drawnChars, line.length());
        err.flush();
    }

    /** Wipes the bar's line, if one was drawn. */
    @Override
    public synchronized void close() {
        if (err == null || drawnChars == 0) {
            return;
        }
        err.print('\r');
        err.print(" ".repeat(drawnChars));
        err.print('\r');
        err.flush();
        drawnChars = 0;
    }

    /** The text of the bar after {@code elapsedNanos} with {@code done} of {@code total} finished. */
    static String line(String label, String unit, long done, long total, long elapsedNanos) {
        long safeTotal = Math.max(1, total);
        long clamped = Math.max(0, Math.min(done, safeTotal));
        int filled = (int) (clamped * BAR_CHARS / safeTotal);
        String eta = "--:--";
        if (clamped > 0) {
            double perUnitNanos = (double) elapsedNanos / clamped;
            eta = duration(Math.round(perUnitNanos * (safeTotal - clamped) / 1e9));
        }
        return String.format(
                Locale.ROOT,
                "%s [%s%s] %3d%% %d/%d %s ETA %s",
                label,
                "#".repeat(filled),
                "-".repeat(BAR_CHARS - filled),
                clamped * 100 / safeTotal,
                done,
                total,
                unit,
                eta);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
