package fr.dijon.observatoire.ingest.rpls;

/**
 * Maps accepted data records of a CSV file to their line numbers, knowing the line numbers of the records
 * DuckDB's reader rejected (wrong field count…). Line 1 is the header. Ranks must be asked in increasing order.
 */
final class CsvRejectLines {

    private final long[] rejected;
    private int skipped;

    CsvRejectLines(long[] sortedRejectedLines) {
        this.rejected = sortedRejectedLines;
    }

    /** @param rank 0-based rank of the record among the accepted ones (the staging table's rowid). */
    long lineOf(long rank) {
        long line = rank + 2;
        while (skipped < rejected.length && rejected[skipped] <= line + skipped) {
            skipped++;
        }
        return line + skipped;
    }
}
