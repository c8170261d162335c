package fr.dijon.observatoire.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent count of a CSV file's records, fed chunk by chunk, that follows the same quoting rules as
 * DuckDB's reader: a double quote opens a quoted field only at the start of a field (spaces allowed before it),
 * {@code ""} inside quotes is a quote, a line end inside quotes belongs to the field. Runs of bytes without a
 * quote, a line feed or a NUL are skipped eight at a time.
 *
 * <p>Lines are numbered like DuckDB's rejects table: the header is line 1 and every line end outside quotes,
 * blank lines included, starts a new line; blank lines are not records. The scan also finds NUL bytes, quotes
 * left open at the end of the file, quoted fields spanning many lines, records longer than the reader's limit
 * files mixing CRLF and LF line ends, and carriage returns alone outside quotes (DuckDB's reader fails on them).
 */
final class RecordScan {

    /** A record longer than the reader's limit: DuckDB skips such records without listing them. */
    record LongRecord(long line, long bytes) {
    }

    /** A record whose quoted fields span several physical lines: its line (DuckDB's numbering) and physical span. */
    record MultiLineRecord(long line, long firstPhysicalLine, long lastPhysicalLine) {
    }

    /** A quoted field left open, or closed only many lines later: where it opens. */
    record OpenQuote(long line, long physicalLine, long recordStart, long quoteOffset, long closingPhysicalLine) {
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long NEWLINES = ONES * '\n';
    private static final long RETURNS = ONES * '\r';
    /** A quoted field spanning more lines than this is taken for a quote opened by mistake. */
    static final int MAX_QUOTED_LINES = 20;
    private static final int MAX_LISTED = 1000;

    private final byte delimiter;
    private final long maxRecordBytes;

    private long offset;
    private boolean quoted;
    /** Inside quotes, the last byte was a quote: either the closing one or the first of {@code ""}. */
    private boolean quotePending;
    private byte lastByte;
    private byte lastNonSpace = '\n';
    private long line = 1;
    private long physicalLine = 1;
    private long recordStart;
    private long records;
    private long crlf;
    private long lf;
    private long nulOffset = -1;
    private long nulLine;
    private long bareCrLine = -1;
    private boolean crAtEnd;
    private long quoteOffset;
    private long quoteLine;
    private long quotePhysicalLine;
    private long quoteRecordStart;
    private OpenQuote longQuote;
    private final List<LongRecord> longRecords = new ArrayList<>();
    private final List<MultiLineRecord> multiLineRecords = new ArrayList<>();
    private long recordStartPhysicalLine = 1;
    private long longRecordCount;

    RecordScan(char delimiter, long maxRecordBytes) {
        this.delimiter = (byte) delimiter;
        this.maxRecordBytes = maxRecordBytes;
    }

    void feed(byte[] bytes, int length) {
        int i = 0;
        if (crAtEnd && length > 0) {
            crAtEnd = false;
            if (bytes[0] != '\n' && bareCrLine < 0) {
                bareCrLine = physicalLine;
            }
        }
        while (i < length) {
            if (quotePending) {
                quotePending = false;
                if (bytes[i] == '"') {
                    remember(bytes, i++);
                    continue;
                }
                closeQuote();
            }
            // Fast path: skip words holding no quote, no line feed and no NUL.
            while (i + 8 <= length) {
                long word = (long) LONGS.get(bytes, i);
                if ((has(word ^ QUOTES) | has(word ^ NEWLINES) | has(word ^ RETURNS) | has(word)) != 0) {
                    break;
                }
                if (!quoted) {
                    lastNonSpace = lastNonSpaceOf(bytes, i + 8, i, lastNonSpace);
                }
                lastByte = bytes[i + 7];
                i += 8;
            }
            int end = Math.min(length, i + 8);
            for (; i < end; i++) {
                byte b = bytes[i];
                if (b == 0 && nulOffset < 0) {
                    nulOffset = offset + i;
                    nulLine = physicalLine;
                } else if (b == '\n') {
                    physicalLine++;
                    if (!quoted) {
                        endOfLine(offset + i);
                    }
                } else if (b == '\r' && !quoted) {
                    if (i + 1 >= length) {
                        crAtEnd = true;
                    } else if (bytes[i + 1] != '\n' && bareCrLine < 0) {
                        bareCrLine = physicalLine;
                    }
                } else if (b == '"') {
                    if (quoted) {
                        if (i + 1 < length) {
                            if (bytes[i + 1] == '"') {
                                remember(bytes, i++);
                            } else {
                                closeQuote();
                            }
                        } else {
                            quotePending = true;
                        }
                    } else if (lastNonSpace == delimiter || lastNonSpace == '\n' || lastNonSpace == '\r') {
                        openQuote(offset + i);
                    }
                }
                remember(bytes, i);
            }
        }
        offset += length;
    }

    private void remember(byte[] bytes, int i) {
        byte b = bytes[i];
        lastByte = b;
        if (!quoted && b != ' ' && b != '\t') {
            lastNonSpace = b;
        } else if (quoted) {
            lastNonSpace = '"';
        }
    }

    private static byte lastNonSpaceOf(byte[] bytes, int end, int start, byte previous) {
        for (int j = end - 1; j >= start; j--) {
            if (bytes[j] != ' ' && bytes[j] != '\t') {
                return bytes[j];
            }
        }
        return previous;
    }

    private static long has(long word) {
        return (word - ONES) & ~word & HIGHS;
    }

    private void openQuote(long at) {
        quoted = true;
        quoteOffset = at;
        quoteLine = line;
        quotePhysicalLine = physicalLine;
        quoteRecordStart = recordStart;
    }

    private void closeQuote() {
        quoted = false;
        lastNonSpace = '"';
        if (longQuote == null && physicalLine - quotePhysicalLine > MAX_QUOTED_LINES) {
            longQuote = new OpenQuote(quoteLine, quotePhysicalLine, quoteRecordStart, quoteOffset, physicalLine);
        }
    }

    private void endOfLine(long at) {
        boolean cr = lastByte == '\r';
        if (cr) {
            crlf++;
        } else {
            lf++;
        }
        endRecord(at - (cr ? 1 : 0));
        if (physicalLine - 1 > recordStartPhysicalLine && multiLineRecords.size() < MAX_LISTED) {
            multiLineRecords.add(new MultiLineRecord(line, recordStartPhysicalLine, physicalLine - 1));
        }
        line++;
        recordStart = at + 1;
        recordStartPhysicalLine = physicalLine;
        lastNonSpace = '\n';
    }

    private void endRecord(long end) {
        long bytes = end - recordStart;
        if (bytes <= 0) {
            return;
        }
        records++;
        if (bytes > maxRecordBytes) {
            longRecordCount++;
            if (longRecords.size() < MAX_LISTED) {
                longRecords.add(new LongRecord(line, bytes));
            }
        }
    }

    /** Ends the scan: counts a last record without a line end. */
    void finish() {
        if (quotePending) {
            quotePending = false;
            closeQuote();
        }
        if (!quoted) {
            endRecord(offset - (lastByte == '\r' ? 1 : 0));
            recordStart = offset;
        }
    }

    /** Data records: the non-blank records after the header. */
    long dataRecords() {
        return Math.max(0, records - 1);
    }

    /** The quote still open at the end of the file, or null. */
    OpenQuote unclosedQuote() {
        return quoted ? new OpenQuote(quoteLine, quotePhysicalLine, quoteRecordStart, quoteOffset, -1) : null;
    }

    /** The first quoted field spanning more than {@link #MAX_QUOTED_LINES} lines, or null. */
    OpenQuote longQuotedField() {
        return longQuote;
    }

    List<LongRecord> longRecords() {
        return List.copyOf(longRecords);
    }

    /** The records spanning several physical lines (the first {@value #MAX_LISTED}). */
    List<MultiLineRecord> multiLineRecords() {
        return List.copyOf(multiLineRecords);
    }

    long longRecordCount() {
        return longRecordCount;
    }

    /** Physical line (1-based) of the first NUL byte, or -1. */
    long nulLine() {
        return nulOffset < 0 ? -1 : nulLine;
    }

    /** Physical line of the first carriage return outside quotes not followed by a line feed, or -1. */
    long bareCarriageReturnLine() {
        return bareCrLine;
    }

    boolean mixedLineEnds() {
        return crlf > 0 && lf > 0;
    }
}
