package org.xinfang.support;

import org.junit.jupiter.api.TestInfo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Property-based testing with seeded generators: a property is checked on many generated cases, the same
 * ones on every run (they derive from a seed and the property's name). A failure names the case's seed and
 * its inputs; {@code -Dxinfang.seed=<seed>} replays that one case.
 */
public final class GeneratedCases {

    /** The system property that replays one case seed (from a failure message) instead of all cases. */
    public static final String REPLAY_SEED = "xinfang.seed";

    private final String testClass;
    private final String property;
    private final long seed;
    private final int tries;

    public GeneratedCases(TestInfo test, long seed, int tries) {
        this.testClass = test.getTestClass().map(Class::getSimpleName).orElse("?");
        this.property = test.getTestMethod().map(method -> method.getName()).orElse(test.getDisplayName());
        this.seed = seed;
        this.tries = tries;
    }

    public String property() {
        return property;
    }

    /** One generated case: its random source, and the inputs drawn from it, shown when the case fails. */
    public static final class Case {
        public final SplittableRandom random;
        private final Map<String, Object> inputs = new LinkedHashMap<>();

        Case(long seed) {
            random = new SplittableRandom(seed);
        }

        public <T> T input(String name, T value) {
            inputs.put(name, value);
            return value;
        }
    }

    /** Checks {@code check} on every generated case, or on the one replayed; answers whether all cases ran. */
    public boolean forAll(Consumer<Case> check) {
        Long replay = Long.getLong(REPLAY_SEED);
        if (replay != null) {
            checkCase(check, replay, "the replayed case");
            return false;
        }
        SplittableRandom seeds = new SplittableRandom(seed ^ property.hashCode());
        for (int i = 1; i <= tries; i++) {
            checkCase(check, seeds.nextLong(), "case " + i + " of " + tries);
        }
        return true;
    }

    private void checkCase(Consumer<Case> check, long caseSeed, String which) {
        Case c = new Case(caseSeed);
        try {
            check.accept(c);
        } catch (AssertionError | RuntimeException e) {
            StringBuilder message = new StringBuilder()
                    .append(property).append(" failed on ").append(which).append(", seed ").append(caseSeed)
                    .append(" (replay: -Dtest='").append(testClass).append('#').append(property).append("' -D")
                    .append(REPLAY_SEED).append('=').append(caseSeed).append(')');
            c.inputs.forEach((name, value) -> message.append(System.lineSeparator()).append("  ").append(name)
                    .append(" = ").append(value));
            message.append(System.lineSeparator()).append(e);
            throw new AssertionError(message.toString(), e);
        }
    }
}
