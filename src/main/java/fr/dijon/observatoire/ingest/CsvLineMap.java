package fr.dijon.observatoire.ingest;

import java.util.Arrays;

/**
 * Maps the records DuckDB's CSV reader accepted to their line numbers in the source file, knowing the line
 * numbers of the records it rejected (wrong field count…). Line 1 is the header.
 */
public final class CsvLineMap {

    /** For each rejected record, in order: how many accepted records come before it. */
    private final long[] acceptedBefore;

    public CsvLineMap(long[] sortedRejectedLines) {
        acceptedBefore = new long[sortedRejectedLines.length];
        for (int i = 0; i < sortedRejectedLines.length; i++) {
            acceptedBefore[i] = sortedRejectedLines[i] - 2 - i;
        }
    }

    /** @param rank 0-based rank of the record among the accepted ones, in file order. */
    public long lineOf(long rank) {
        int low = 0;
        int high = acceptedBefore.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (acceptedBefore[mid] <= rank) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return rank + 2 + low;
    }

    @Override
    public String toString() {
        return Arrays.toString(acceptedBefore);
    }
}
