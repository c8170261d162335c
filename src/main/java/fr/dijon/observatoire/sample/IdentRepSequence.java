package fr.dijon.observatoire.sample;

/**
 * Unique 10-character dwelling identifiers (IDENT_REP) in upper-case base 36. The n-th identifier is
 * an invertible affine scramble of n modulo 36^10, so identifiers never repeat within a file
 * (up to 300 million rows) yet do not look sequential; the offset depends on the seed.
 */
final class IdentRepSequence {

    private static final int LENGTH = 10;
    private static final long MODULUS = 3_656_158_440_062_976L; // 36^10
    /** Coprime with 2 and 3, hence with 36^10; small enough that n * MULTIPLIER cannot overflow. */
    private static final long MULTIPLIER = 30_000_000_017L;
    private static final long MAX_COUNT = 300_000_000L;
    private static final char[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private final long offset;
    private long count;

    IdentRepSequence(long seed) {
        this.offset = Math.floorMod(SeededRandom.derive(seed, 36), MODULUS);
    }

    /** Moves past {@code n} identifiers without writing them. */
    void skip(long n) {
        count += n;
    }

    /** Appends the next identifier. */
    void appendNext(RowBytes out) {
        if (count >= MAX_COUNT) {
            throw new IllegalStateException("Trop de logements pour des IDENT_REP uniques");
        }
        long value = Math.floorMod(count++ * MULTIPLIER + offset, MODULUS);
        long divisor = MODULUS / 36;
        for (int i = 0; i < LENGTH; i++) {
            out.ascii(DIGITS[(int) (value / divisor)]);
            value %= divisor;
            divisor /= 36;
        }
    }
}
