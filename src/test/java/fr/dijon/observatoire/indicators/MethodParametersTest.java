package fr.dijon.observatoire.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** jobs/parametres.yml is bound to typed records; a wrong key or an impossible value stops with its path. */
class MethodParametersTest {

    private static String shipped() throws Exception {
        return Files.readString(Path.of("jobs", MethodParameters.FILE));
    }

    @Test
    void theShippedFileBindsWithDecimalMoneyAndItsComponentsInOrder() throws Exception {
        MethodParameters p = MethodParameters.parse(shipped());
        assertThat(p.secrecyThreshold()).isEqualTo(11);
        assertThat(p.territoire().epci()).isEqualTo("242100410");
        MethodParameters.AplCeiling zoneTwo = p.accessibilite().plafondsApl().stream()
                .filter(c -> c.zone().equals("II")).findFirst().orElseThrow();
        assertThat(zoneTwo.personneSeule()).isEqualByComparingTo(new BigDecimal("278.28"));
        assertThat(p.fragilite().composantes().keySet()).startsWith("tres_bas_revenus", "eligibles_plai");
        assertThat(MethodParameters.fromJson(p.toJson())).isEqualTo(p);
    }

    @Test
    void aMisspelledKeyIsRefusedWithItsPath() throws Exception {
        String yaml = shipped().replace("  seuil: 11", "  seuill: 11");
        assertThatThrownBy(() -> MethodParameters.parse(yaml))
                .isInstanceOf(InvalidParametersException.class)
                .hasMessageContaining("clé inconnue « secret.seuill »")
                .hasMessageContaining("seuil");
    }

    @Test
    void aNegativeWeightIsRefusedWithItsPath() throws Exception {
        String yaml = shipped().replace("familles_nombreuses:     { poids: 0.05,", "familles_nombreuses:     { poids: -0.05,");
        assertThatThrownBy(() -> MethodParameters.parse(yaml))
                .hasMessageContaining("« fragilite.composantes.familles_nombreuses.poids »")
                .hasMessageContaining("ne peut pas être négatif");
    }

    @Test
    void thresholdsOutOfOrderAndAWrongTypeAreRefused() throws Exception {
        String swapped = shipped().replace("surveiller_min: 1.10", "surveiller_min: 1.40");
        assertThatThrownBy(() -> MethodParameters.parse(swapped))
                .hasMessageContaining("« fragilite.classes.surveiller_min »").hasMessageContaining("fragile_min");
        String text = shipped().replace("forfait_charges: 0", "forfait_charges: beaucoup");
        assertThatThrownBy(() -> MethodParameters.parse(text))
                .hasMessageContaining("« accessibilite.forfait_charges »");
    }
}
