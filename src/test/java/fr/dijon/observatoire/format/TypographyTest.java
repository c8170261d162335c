package fr.dijon.observatoire.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void putsANarrowNoBreakSpaceBeforeHighPunctuation() {
        assertThat(Typography.apply("Source : RPLS ; voir ? oui !"))
                .isEqualTo("Source\u202F: RPLS\u202F; voir\u202F? oui\u202F!");
        assertThat(Typography.apply("Métropole\u00A0: 26 %")).isEqualTo("Métropole\u202F: 26\u202F%");
    }

    @Test
    void neverAddsASpaceWhereThereIsNone() {
        assertThat(Typography.apply("file:///tmp/a.html?q=1 à 8:30")).isEqualTo("file:///tmp/a.html?q=1 à 8:30");
        assertThat(Typography.apply("<!DOCTYPE html>")).isEqualTo("<!DOCTYPE html>");
    }

    @Test
    void setsQuotesAndApostrophes() {
        assertThat(Typography.apply("« s » et «fragile» d'Ouche, l'Île, part d'adultes"))
                .isEqualTo("«\u00A0s\u00A0» et «\u00A0fragile\u00A0» d’Ouche, l’Île, part d’adultes");
        assertThat(Typography.apply("class='x'")).isEqualTo("class='x'");
    }

    @Test
    void isIdempotent() {
        String once = Typography.apply("« Fragile » : l'indice ; 12 % ?");
        assertThat(Typography.apply(once)).isEqualTo(once);
        assertThat(once).doesNotContainPattern("[ \u00A0][:;?!]");
    }
}
