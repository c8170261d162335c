package fr.dijon.observatoire.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV that opens correctly in French Excel: UTF-8 with BOM, ';' separator, CRLF, decimal comma,
 * ISO dates, text cells neutralised against formula injection. Codes (INSEE, SIREN) are written as text.
 */
public final class FrenchCsvWriter implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';').setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    public FrenchCsvWriter(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    public void row(Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(cell(cell));
        }
        printer.println();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return FrenchNumbers.decimal(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof LocalDate d) {
            return d.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (value instanceof LocalDateTime t) {
            return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return SpreadsheetSafe.text(value.toString());
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
