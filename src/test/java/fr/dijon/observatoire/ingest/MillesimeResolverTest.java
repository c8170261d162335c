package fr.dijon.observatoire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MillesimeResolverTest {

    @Test
    void prefersTheOptionThenTheFileName() {
        assertThat(MillesimeResolver.resolve(2022, "rpls2024.csv")).isEqualTo(2022);
        assertThat(MillesimeResolver.resolve(null, "rpls2024_dijon.csv")).isEqualTo(2024);
        assertThat(MillesimeResolver.resolve(null, "RPLS_2021_BFC.zip")).isEqualTo(2021);
        assertThat(MillesimeResolver.resolve(null, "export-parc-2023.csv")).isEqualTo(2023);
    }

    @Test
    void failsClearlyWhenNoMillesimeCanBeFound() {
        assertThatThrownBy(() -> MillesimeResolver.resolve(null, "parc_social.csv"))
                .isInstanceOf(ImportRequestException.class)
                .hasMessageContaining("--millesime");
        assertThat(MillesimeResolver.fromFileName("fichier_123456.csv")).isEmpty();
    }
}
