package fr.dijon.observatoire.sample;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * SplitMix64 random generator. The whole algorithm (including bounded integers and Gaussians,
 * computed with {@link StrictMath}) is defined here, so a seed produces the same sequence, hence
 * byte-identical sample files, on every JVM and platform.
 */
final class SeededRandom implements RandomGenerator {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /** Seed for an independent stream derived from a parent seed and a stream index. */
    static long derive(long seed, long stream) {
        return mix(seed ^ mix(stream * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** Uniform integer in [0, bound). */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform integer in [origin, bound). */
    @Override
    public int nextInt(int origin, int bound) {
        return origin + nextInt(bound - origin);
    }

    /** Uniform integer in [low, high], both included. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal value (Box-Muller). */
    @Override
    public double nextGaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Normal value with the given mean and standard deviation, clipped to mean ± 2.5 sd. */
    double gaussian(double mean, double sd) {
        double z = Math.max(-2.5, Math.min(2.5, nextGaussian()));
        return mean + sd * z;
    }

    /** Log-normal value with the given median and shape, clipped to [min, max] and rounded. */
    int logNormal(double median, double sigma, int min, int max) {
        double value = median * StrictMath.exp(sigma * nextGaussian());
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }
}
