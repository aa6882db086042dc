package org.xinfang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every benchmark of the harness reports the same way: the machine it ran on (cores, memory, CPU, load), the
 * nearest-rank percentiles of its samples, and milliseconds and ratios as the reports print them.
 */
final class BenchFigures {

    private BenchFigures() {
    }

    /** "`nproc` = 2, 23.5 GB RAM, CPU …": the machine line of a report, without the load. */
    static String machine() {
        return "`nproc` = " + Runtime.getRuntime().availableProcessors() + ", " + memory() + ", CPU " + cpuModel();
    }

    static String jvm() {
        return System.getProperty("java.vm.name") + ' ' + System.getProperty("java.version") + ", max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> xs, double p) {
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.1f×", r);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", Arrays.copyOf(parts, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    }

    private static String memory() {
        return procLine("/proc/meminfo", "MemTotal").map(l -> {
            long kb = Long.parseLong(l.replaceAll("\\D", ""));
            return String.format(Locale.ROOT, "%.1f GB RAM", kb / 1024.0 / 1024.0);
        }).orElse("RAM unknown");
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
