package fr.dijon.observatoire.ingest;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the independent scan of a CSV found, against which the records DuckDB's reader returns are reconciled:
 * the number of data records (header and blank lines excluded) and the records too long for the reader, which
 * it skips without listing them, and the records spanning several lines (a quote that merges lines makes one).
 */
public record CsvShape(long records, List<RecordScan.LongRecord> longRecords, long longRecordCount,
                       List<RecordScan.MultiLineRecord> multiLineRecords, boolean mixedLineEnds) {

    /**
     * Refuses a file whose quotes would make the reader swallow lines (left open, or closed many lines later), or
     * holding a carriage return alone outside quotes.
     */
    static void refuseBadQuotes(RecordScan scan, Path csv, HeaderLine header, String name) throws IOException {
        RecordScan.OpenQuote open = scan.unclosedQuote();
        if (open != null) {
            throw new InputRefusedException("le fichier " + name + " a un guillemet ouvert à la ligne "
                    + n(open.physicalLine()) + column(csv, open, header) + " qui n'est jamais refermé : tout le reste "
                    + "du fichier serait lu comme un seul champ. Fermez ou retirez ce guillemet puis relancez "
                    + "l'import ; rien n'a été chargé.");
        }
        if (scan.bareCarriageReturnLine() > 0) {
            throw new InputRefusedException("le fichier " + name + " a, ligne " + n(scan.bareCarriageReturnLine())
                    + ", un retour chariot (CR) isolé hors guillemets, qui couperait la ligne en deux : retirez ce "
                    + "caractère (ou mettez le champ entre guillemets) puis relancez l'import ; rien n'a été chargé.");
        }
        RecordScan.OpenQuote longField = scan.longQuotedField();
        if (longField != null) {
            throw new InputRefusedException("le fichier " + name + " a un guillemet ouvert à la ligne "
                    + n(longField.physicalLine()) + column(csv, longField, header) + " qui n'est refermé qu'à la ligne "
                    + n(longField.closingPhysicalLine()) + " : ces " + n(longField.closingPhysicalLine()
                    - longField.physicalLine() + 1) + " lignes seraient lues comme un seul champ. Vérifiez ce "
                    + "guillemet (un champ ne s'étend pas sur plus de " + RecordScan.MAX_QUOTED_LINES
                    + " lignes) ; rien n'a été chargé.");
        }
    }

    /** « (colonne NOMVOIE) », found by re-reading the record up to the quote; empty if it cannot be told. */
    private static String column(Path csv, RecordScan.OpenQuote quote, HeaderLine header) throws IOException {
        long length = quote.quoteOffset() - quote.recordStart();
        if (length < 0 || length > 64L << 20) {
            return "";
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(csv)) {
            in.skipNBytes(quote.recordStart());
            bytes = in.readNBytes((int) length);
        }
        int field = 0;
        boolean quoted = false;
        for (byte b : bytes) {
            if (b == '"') {
                quoted = !quoted;
            } else if (b == header.delimiter() && !quoted) {
                field++;
            }
        }
        return field < header.columns().size() ? " (colonne " + header.columns().get(field) + ")" : "";
    }

    private static String n(long value) {
        return FrenchNumbers.display(value, 0);
    }
}
