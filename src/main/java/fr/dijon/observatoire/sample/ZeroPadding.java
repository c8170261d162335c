package fr.dijon.observatoire.sample;

/** Zero-padded numbers in identifiers and codes (commune codes, convention numbers, QPV codes). */
final class ZeroPadding {

    private ZeroPadding() {
    }

    /** Appends non-negative {@code value} left-padded with zeros to {@code width} digits. */
    static StringBuilder append(StringBuilder out, long value, int width) {
        long limit = 10;
        for (int digits = 1; digits < width; digits++) {
            if (value < limit) {
                out.append('0');
            }
            limit *= 10;
        }
        return out.append(value);
    }
}
