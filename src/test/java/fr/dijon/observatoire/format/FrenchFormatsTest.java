package fr.dijon.observatoire.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchFormatsTest {

    @Test
    void neutralisesFormulaInjectionButKeepsNumbers() {
        assertThat(SpreadsheetSafe.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetSafe.text("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(SpreadsheetSafe.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetSafe.text("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.text("-4")).isEqualTo("-4");
        assertThat(SpreadsheetSafe.text("12,5")).isEqualTo("12,5");
        assertThat(SpreadsheetSafe.text("Chenôve")).isEqualTo("Chenôve");
    }

    @Test
    void formatsNumbersTheFrenchWay() {
        assertThat(FrenchNumbers.decimal(27.5)).isEqualTo("27,5");
        assertThat(FrenchNumbers.decimal(1234567.0)).isEqualTo("1234567");
        assertThat(FrenchNumbers.display(25259, 0)).isEqualTo("25\u202F259");
        assertThat(FrenchNumbers.display(1234567.891, 1)).isEqualTo("1\u202F234\u202F567,9");
        assertThat(FrenchNumbers.display(-0.456, 2)).isEqualTo("\u22120,46");
    }

    @Test
    void writesExcelFriendlyCsv() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FrenchCsvWriter writer = new FrenchCsvWriter(bytes)) {
            writer.row("code_insee", "taux", "date", "texte");
            writer.row("02101", new BigDecimal("27.50"), LocalDate.of(2024, 1, 1), "=1+1; x");
            writer.row("2A004", 0.125, null, "ligne\navec retour");
        }
        String csv = bytes.toString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFcode_insee;taux;date;texte\r\n"
                + "02101;27,50;2024-01-01;\"'=1+1; x\"\r\n"
                + "2A004;0,125;;\"ligne\navec retour\"\r\n");
    }
}
