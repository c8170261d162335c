package fr.dijon.observatoire.atlas.site;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dijon.observatoire.publication.PublishedDictionary;
import fr.dijon.observatoire.publication.PublishedDictionary.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The atlas's indicators are the documented codes of the publication: territorial indicators, then components. */
class DictionaryTest {

    @Test
    void theIndicatorsComeFirstThenTheComponentsThatAreNotIndicators() {
        Dictionary d = Dictionary.of(new PublishedDictionary(List.of(
                new Entry("mart_territoire", "indicateur", null, "Indicateur", "texte", "Code", "observatoire"),
                new Entry("mart_territoire", "indicateur", "part_qpv", "Part en QPV", "%", "QPV ÷ logements", "RPLS"),
                new Entry("mart_territoire", "indicateur", "tres_bas_revenus", "Très bas revenus", "%", "Territoire",
                        "OPS"),
                new Entry("mart_residence_composante", "composante", "tres_bas_revenus", "Autre libellé", "%", "Unité",
                        "OPS"),
                new Entry("mart_residence_composante", "composante", "vacance", "Vacance", "%", "Vacants ÷ logements",
                        "RPLS"),
                new Entry("mart_taux_mensuel", "indicateur", "taux_non_pourvues_115", "Taux", "part", "", "SIAO"))));
        assertThat(d.entries().keySet()).containsExactly("part_qpv", "tres_bas_revenus", "vacance");
        assertThat(d.get("tres_bas_revenus").label()).isEqualTo("Très bas revenus");
        assertThat(d.get("vacance")).isEqualTo(new Dictionary.Entry("vacance", "Vacance", "%", "Vacants ÷ logements",
                "RPLS"));
        assertThat(d.get("part_qpv").share()).isTrue();
    }
}
