package fr.dijon.observatoire.pack;

import fr.dijon.observatoire.publication.PublishedDictionary;
import java.util.List;

/**
 * The tables of the CIL pack, read from the published marts only: secrecy is already applied there. Each column is
 * the mart column it names, documented as the period's publication documents it (see {@link PackTableBuilder}).
 */
final class PackTables {

    private final PublishedDictionary dictionary;
    private final String period;

    private PackTables(PublishedDictionary dictionary, String period) {
        this.dictionary = dictionary;
        this.period = period;
    }

    static List<PackTable> all(PublishedDictionary dictionary, String period, List<String> components) {
        PackTables t = new PackTables(dictionary, period);
        StockTables stock = new StockTables(dictionary, period);
        return List.of(t.residences(components), t.territories("communes.csv", "Indicateurs par commune", "'commune'"),
                t.territories("qpv.csv", "Indicateurs par quartier prioritaire, hors QPV et pour la métropole",
                        "'qpv', 'hors_qpv', 'epci'"),
                t.comparisons(), t.units(), stock.addresses(), stock.widerStock(), t.series(), t.seriesYearBefore(),
                t.quarters(), t.years(), t.cumuls(), t.targets(), t.rule25());
    }

    private PackTableBuilder table(String file, String title, String model) {
        return PackTableBuilder.of(dictionary, period, file, title, model, null);
    }

    private PackTable residences(List<String> components) {
        return PackTableBuilder.of(dictionary, period, "residences.csv", "Résidences : classes et composantes",
                        "mart_residence", "r")
                .column("residence_id").column("depcom", "code_insee").column("libcom", "commune").column("adresse")
                .column("qpv_code", "qpv").column("logements").column("part_accessible").column("methode_accessibilite")
                .column("classe_accessibilite").column("indice_composite", "indice_fragilite").column("unite_occupation")
                .yesNo("occupation_de_groupe", "occupation_de_groupe").column("menages_repondants")
                .column("classe_fragilite").column("composante_principale").secret("secret_fragilite", "secret_fragilite")
                .column("croisement").components(components)
                .build("LEFT JOIN " + PackTableBuilder.COMPONENTS + " c USING (residence_id) GROUP BY ALL "
                        + "ORDER BY r.depcom, r.residence_id");
    }

    private PackTable territories(String file, String title, String levels) {
        return table(file, title, "mart_territoire")
                .column("niveau").column("territoire", "code").column("libelle", "territoire").column("indicateur")
                .column("source").column("valeur").secret("secret", "secret").column("millesime_rpls")
                .column("annee_ops")
                .build("WHERE niveau IN (" + levels + ") ORDER BY niveau, code, indicateur");
    }

    private PackTable series() {
        return table("sans_abrisme_series.csv", "Séries mensuelles du sans-abrisme et du Logement d'abord",
                        "mart_serie_mensuelle")
                .column("indicateur").column("libelle").column("nature").column("territoire").column("mois")
                .column("valeur").column("cumul_12_mois").column("moyenne_12_mois").column("grain")
                .secret("secret", "secret", "secret_12_mois")
                .build("ORDER BY indicateur, territoire, mois");
    }

    private PackTable comparisons() {
        return table("comparaisons_territoires.csv", "Indicateurs par territoire comparés à la publication de "
                        + "référence (autre millésime RPLS ou autre enquête OPS)", "mart_comparaison_territoire")
                .column("niveau").column("territoire", "code").column("libelle", "territoire").column("indicateur")
                .column("periode_reference").column("millesime_rpls_reference").column("annee_ops_reference")
                .column("valeur").column("valeur_reference").column("ecart")
                .build("ORDER BY niveau, code, indicateur");
    }

    private PackTable seriesYearBefore() {
        return table("sans_abrisme_un_an.csv", "Séries du sans-abrisme comparées au même mois de l'année précédente",
                        "mart_comparaison_serie")
                .column("indicateur").column("libelle").column("territoire").column("mois").column("mois_un_an_avant")
                .column("valeur").column("valeur_un_an_avant").column("ecart").column("evolution_relative")
                .column("ecart_12_mois")
                .build("ORDER BY indicateur, territoire, mois");
    }

    private PackTable targets() {
        return table("objectifs.csv", "Avancement des actions par rapport à leur objectif", "mart_objectif")
                .column("indicateur").column("libelle").column("annee").column("realise_au").column("realise")
                .column("objectif_annuel").column("objectif_prorata").column("taux_realisation")
                .column("taux_realisation_prorata").secret("secret", "secret").column("objectif_source", "source_objectif")
                .build("ORDER BY libelle");
    }

    private PackTable rule25() {
        return table("regle_25.csv", "Règle des 25 % (CCH L.441-1)", "mart_regle_25")
                .column("annee").column("attributions_q1").column("attributions_total").column("ratio")
                .yesNo("atteint", "objectif_atteint").secret("secret", "secret")
                .build("ORDER BY annee");
    }

    private PackTable units() {
        return table("unites.csv", "Unités de publication de l'occupation (résidences et groupes)",
                        "mart_unite_occupation")
                .column("unite", "unite_occupation").column("nature").column("depcom", "code_insee")
                .column("qpv_code", "qpv").column("residences").column("residences_liste").column("logements")
                .column("menages_repondants").column("indice_composite", "indice_fragilite")
                .column("composante_principale").column("classe_fragilite")
                .secret("secret", "secret_fragilite", "secret_indice")
                .build("ORDER BY depcom, unite");
    }

    private PackTable quarters() {
        return table("sans_abrisme_trimestres.csv", "Séries du sans-abrisme par trimestre", "mart_serie_trimestrielle")
                .column("indicateur").column("libelle").column("nature").column("territoire")
                .column("periode_trimestre", "trimestre").column("valeur").column("grain").secret("secret", "secret")
                .build("ORDER BY indicateur, territoire, trimestre");
    }

    private PackTable years() {
        return table("sans_abrisme_annees.csv", "Séries du sans-abrisme par année", "mart_serie_annuelle")
                .column("indicateur").column("libelle").column("agregation_annuelle", "agregation").column("territoire")
                .column("annee").yesNo("annee_en_cours", "annee_en_cours").column("dernier_mois").column("valeur")
                .secret("secret", "secret")
                .build("ORDER BY indicateur, territoire, annee");
    }

    private PackTable cumuls() {
        return table("sans_abrisme_cumuls.csv", "Cumuls depuis janvier, comparés aux mêmes mois de l'année précédente",
                        "mart_serie_cumul")
                .column("indicateur").column("libelle").column("territoire").column("annee").column("arrete_au_mois")
                .column("cumul").column("cumul_annee_precedente").column("grain").secret("secret", "secret")
                .build("ORDER BY indicateur, territoire");
    }
}
