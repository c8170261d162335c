package fr.dijon.observatoire.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dijon.observatoire.publication.PublishedDictionary;
import fr.dijon.observatoire.publication.PublishedDictionary.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pack column's documentation is the mart column's it publishes; the pack's transformations say what they do. */
class PackTableBuilderTest {

    private static final PublishedDictionary DICTIONARY = new PublishedDictionary(List.of(
            new Entry("mart_x", "depcom", null, "Code commune INSEE", "texte", "Commune de la ligne", "COG (INSEE)"),
            new Entry("mart_x", "en_qpv", null, "En QPV", "oui/non", "La ligne est en QPV", "ANCT"),
            new Entry("mart_x", "secret", null, "Secret", "texte", "«\u202Fs\u202F» si la valeur est masquée", "observatoire"),
            new Entry("mart_x", "secret_12_mois", null, "Secret des 12 mois", "texte", "«\u202Fs\u202F» si le cumul est masqué",
                    "observatoire"),
            new Entry("mart_x", "indicateur", null, "Indicateur", "texte", "Code de l'indicateur", "observatoire"),
            new Entry("mart_x", "indicateur", "logements", "Logements sociaux", "logements", "Logements du parc", "RPLS"),
            new Entry("mart_x", "sans_definition", null, "Colonne", "texte", " ", "observatoire"),
            new Entry("mart_residence", "residence_id", null, "Identifiant", "texte", "Clé", "RPLS"),
            new Entry("mart_residence_composante", "composante", null, "Composante", "texte", "Code", "paramètres"),
            new Entry("mart_residence_composante", "composante", "vacance", "Logements vacants", "%",
                    "Vacants ÷ loués ou vacants", "RPLS version loi (SDES)"),
            new Entry("mart_residence_composante", "part", null, "Part de l'unité", "part (0 à 1)",
                    "Numérateur ÷ dénominateur, à 0,01 près", "OPS, RPLS"),
            new Entry("mart_residence_composante", "secret", null, "Secret", "texte", "«\u202Fs\u202F» si la part est masquée",
                    "observatoire")));

    private static PackTableBuilder table() {
        return PackTableBuilder.of(DICTIONARY, "2026-10", "essai.csv", "Essai", "mart_x", null);
    }

    @Test
    void aRenamedColumnKeepsTheMartColumnsDocumentationAndItsCodes() {
        PackTable t = table().column("depcom", "code_insee").column("indicateur").build("ORDER BY code_insee");
        assertThat(t.query()).isEqualTo("SELECT depcom AS code_insee, indicateur FROM mart_x ORDER BY code_insee");
        assertThat(t.columns().get(0)).isEqualTo(new PackColumn("code_insee", "Code commune INSEE", "texte",
                "Commune de la ligne", "COG (INSEE)", List.of()));
        assertThat(t.columns().get(1).codes()).extracting(Entry::code, Entry::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("logements", "Logements sociaux"));
    }

    @Test
    void theTransformationsAreWrittenFromTheMartsDocumentation() {
        PackTable t = table().yesNo("en_qpv", "qpv").secret("secret", "secret", "secret_12_mois").build("");
        assertThat(t.query()).isEqualTo("SELECT CASE WHEN en_qpv THEN 'oui' WHEN NOT en_qpv THEN 'non' END AS qpv, "
                + "CASE WHEN coalesce(secret, secret_12_mois) IS NOT NULL THEN 's' END AS secret FROM mart_x");
        assertThat(t.columns().get(0)).extracting(PackColumn::label, PackColumn::unit, PackColumn::definition)
                .containsExactly("En QPV", "oui/non", "La ligne est en QPV");
        assertThat(t.columns().get(1).definition())
                .isEqualTo("«\u202Fs\u202F» si la valeur est masquée\u202F; ou «\u202Fs\u202F» si le cumul est masqué");
    }

    @Test
    void eachComponentsColumnIsThePartDocumentedWithItsComponent() {
        PackTable t = PackTableBuilder.of(DICTIONARY, "2026-10", "residences.csv", "Résidences", "mart_residence", "r")
                .column("residence_id").components(List.of("vacance"))
                .build("LEFT JOIN mart_residence_composante c USING (residence_id) GROUP BY ALL");
        assertThat(t.columns()).extracting(PackColumn::name)
                .containsExactly("residence_id", "composantes_secretes", "part_vacance");
        PackColumn vacancy = t.columns().get(2);
        assertThat(vacancy.label()).isEqualTo("Part de l'unité\u202F: Logements vacants");
        assertThat(vacancy.unit()).isEqualTo("part (0 à 1)");
        assertThat(vacancy.definition()).isEqualTo("Numérateur ÷ dénominateur, à 0,01 près. Composante «\u202Fvacance\u202F»\u202F: "
                + "Vacants ÷ loués ou vacants");
        assertThat(vacancy.source()).isEqualTo("RPLS version loi (SDES)");
        assertThat(t.columns().get(1).definition()).endsWith("pour chacune\u202F: «\u202Fs\u202F» si la part est masquée");
        assertThat(t.query()).contains("r.residence_id", "max(CASE WHEN c.composante = 'vacance' THEN c.part END) "
                + "AS \"part_vacance\"");
    }

    @Test
    void aColumnOrCodeTheMartsDoNotDocumentStopsThePackWithTheFileToComplete() {
        assertThatThrownBy(() -> table().column("lon", "longitude"))
                .isInstanceOf(PackDocumentationException.class)
                .hasMessageContaining("la colonne «\u202Flongitude\u202F» de essai.csv publie mart_x.lon")
                .hasMessageContaining("la publication 2026-10 ne documente pas la colonne lon (jobs/models/marts/mart_x.yml)")
                .hasMessageContaining("./observatoire indicateurs --periode 2026-10 --recalculer");
        assertThatThrownBy(() -> table().column("sans_definition"))
                .hasMessageContaining("ne documente pas «\u202Fdefinition\u202F» de la colonne sans_definition");
        assertThatThrownBy(() -> PackTableBuilder.of(DICTIONARY, "2026-10", "residences.csv", "Résidences",
                        "mart_residence", "r").components(List.of("mobilite")))
                .isInstanceOf(PackDocumentationException.class)
                .hasMessageContaining("la colonne «\u202Fpart_mobilite\u202F» de residences.csv publie "
                        + "mart_residence_composante.composante")
                .hasMessageContaining("ne documente pas le code «\u202Fmobilite\u202F» de la colonne composante "
                        + "(jobs/models/marts/mart_residence_composante.yml)");
    }
}
