package org.copydesk;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Keeps the desktop app's heap near what it uses once it is idle. With the JVM's defaults the G1 heap grows during
 * start-up (reading the language models, the dictionaries, the first analysis) to several times the 70–90 MB that stay
 * live, and G1 gives memory back only after a collection that an idle app never triggers: the window then sat at about
 * 500 MB of resident memory. Here the app asks for a periodic collection when it has been idle for
 * {@link #PERIODIC_GC_MS} and a heap shrunk to at most {@link #MAX_FREE_PERCENT}% free after it (the JVM's
 * manageable options {@code G1PeriodicGCInterval}, {@code MinHeapFreeRatio}, {@code MaxHeapFreeRatio}, JEP 346), so
 * it settles near 340 MB whichever way it was started ({@code java -jar}, {@code mvn javafx:run}, the packaged app).
 * An option given on the command line ({@code -XX:...}) is left as it is; so is everything on a JVM without these
 * options. The command line does not use this (its processes are short). Reaching the options costs the JVM's
 * management classes (0.6–0.9 s of CPU measured on the loaded 2-core machine), so the app does it on a background
 * thread {@link #DELAY_S} seconds after it starts, out of the way of its first picture; nothing is urgent about it,
 * since the heap only needs to shrink once the app is idle.
 */
public final class DesktopMemory {
    /** Idle time after which G1 collects (and may uncommit) on its own. */
    static final int PERIODIC_GC_MS = 15_000;
    static final int MIN_FREE_PERCENT = 10;
    static final int MAX_FREE_PERCENT = 20;
    static final int DELAY_S = 10;

    private DesktopMemory() {
    }

    /** One option to set: its name and value. */
    record Setting(String name, String value) {
    }

    /**
     * The settings to make, in order, given how the JVM's options stand now ({@code option} answers null for an
     * option this JVM does not have): only options left at their default, and writeable. The minimum free ratio is
     * lowered before the maximum (the JVM refuses a maximum below the minimum).
     */
    static List<Setting> plan(Function<String, VMOption> option) {
        List<Setting> out = new ArrayList<>();
        for (Map.Entry<String, String> wanted : List.of(
                Map.entry("G1PeriodicGCInterval", Integer.toString(PERIODIC_GC_MS)),
                Map.entry("MinHeapFreeRatio", Integer.toString(MIN_FREE_PERCENT)),
                Map.entry("MaxHeapFreeRatio", Integer.toString(MAX_FREE_PERCENT)))) {
            VMOption now = option.apply(wanted.getKey());
            if (now != null && now.isWriteable() && now.getOrigin() == VMOption.Origin.DEFAULT) {
                out.add(new Setting(wanted.getKey(), wanted.getValue()));
            }
        }
        return out;
    }

    /** The logger, looked up only when there is something to say (the lookup starts the JDK's logging). */
    private static System.Logger log() {
        return System.getLogger(DesktopMemory.class.getName());
    }

    /** {@link #apply()} on a background (daemon) thread, {@link #DELAY_S} seconds from now. */
    public static CompletableFuture<List<Setting>> applySoon() {
        return CompletableFuture.supplyAsync(DesktopMemory::apply,
                CompletableFuture.delayedExecutor(DELAY_S, TimeUnit.SECONDS));
    }

    /** Makes the settings of {@link #plan} on this JVM; returns the ones made. Never throws. */
    public static List<Setting> apply() {
        List<Setting> made = new ArrayList<>();
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return made;
            }
            for (Setting s : plan(name -> {
                try {
                    return vm.getVMOption(name);
                } catch (IllegalArgumentException noSuchOption) {
                    return null;
                }
            })) {
                try {
                    vm.setVMOption(s.name(), s.value());
                    made.add(s);
                } catch (IllegalArgumentException | SecurityException e) {
                    log().log(System.Logger.Level.DEBUG, "could not set " + s.name() + ": " + e.getMessage());
                }
            }
        } catch (LinkageError | RuntimeException e) {
            // a runtime without jdk.management: the JVM's defaults stay
            log().log(System.Logger.Level.DEBUG, "memory options not set: " + e);
        }
        return made;
    }
}
