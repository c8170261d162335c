package fr.dijon.observatoire.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RowBytesTest {

    @Test
    void formatsNumbersInRplsNotation() {
        assertThat(text(new RowBytes(new TextEncoder(StandardCharsets.UTF_8), 4)
                .amount(352.07).sep().amount(9.5).sep().amount(0).sep()
                .hundredths(6400, true).sep().hundredths(6450, true).sep().hundredths(6425, true).sep()
                .date(6, 2, 2007).sep().monthYear(1, 1900).sep().padded(7, 3).sep().number(1234567)))
                .isEqualTo("352,07;9,50;0,00;64;64,5;64,25;06/02/2007;01/1900;007;1234567");
    }

    @Test
    void countsSeparatorsPerLine() {
        RowBytes row = new RowBytes(new TextEncoder(StandardCharsets.UTF_8), 16);
        row.text("a").sep().text("b").sep();
        EncodedFields fields = row.takeFields();
        row.fields(fields).text("c");

        assertThat(fields.separators()).isEqualTo(2);
        assertThat(row.endLine()).isEqualTo(2);
        assertThat(text(row)).isEqualTo("a;b;c\r\n");
    }

    @Test
    void encodesInTheOutputCharset() {
        Charset cp1252 = Charset.forName("windows-1252");
        RowBytes row = new RowBytes(new TextEncoder(cp1252), 8);
        row.text("Chenôve œ ’ €");

        assertThat(new String(row.data(), 0, row.length(), cp1252)).isEqualTo("Chenôve œ ’ €");
        assertThat(row.length()).isEqualTo(13);
    }

    @Test
    void refusesSeparatorsQuotesAndUnencodableCharacters() {
        TextEncoder cp1252 = new TextEncoder(Charset.forName("windows-1252"));
        RowBytes row = new RowBytes(cp1252, 8);

        assertThatThrownBy(() -> row.text("a;b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> row.text("\"x\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> row.text("Łódź")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("windows-1252");
    }

    private static String text(RowBytes row) {
        return new String(row.data(), 0, row.length(), StandardCharsets.UTF_8);
    }
}
