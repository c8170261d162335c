package fr.dijon.observatoire.pack;

import fr.dijon.observatoire.publication.PublishedDictionary;

/**
 * The pack's tables of dwelling figures from the RPLS (not households): every address of each residence, and the
 * territory's stock against its département, region and France. Plain copies of the published marts.
 */
final class StockTables {

    private final PublishedDictionary dictionary;
    private final String period;

    StockTables(PublishedDictionary dictionary, String period) {
        this.dictionary = dictionary;
        this.period = period;
    }

    PackTable addresses() {
        return PackTableBuilder.of(dictionary, period, "adresses.csv", "Adresses de chaque résidence",
                        "mart_residence_adresse", null)
                .column("residence_id").column("adresse").column("numvoie", "numero")
                .column("indrep", "indice_repetition").column("typvoie", "type_voie").column("nomvoie", "nom_voie")
                .column("logements").yesNo("principale", "principale")
                .build("ORDER BY residence_id, principale DESC, adresse");
    }

    PackTable widerStock() {
        return PackTableBuilder.of(dictionary, period, "comparaisons_parc.csv", "Le parc de la métropole comparé à son "
                        + "département, à sa région et à la France", "mart_comparaison_parc", null)
                .column("niveau").column("territoire", "code").column("libelle", "territoire").column("theme")
                .column("indicateur").column("modalite").column("logements").column("base").column("valeur")
                .column("communes").column("millesime_rpls")
                .build("ORDER BY CASE niveau WHEN 'epci' THEN 1 WHEN 'departement' THEN 2 WHEN 'region' THEN 3 ELSE 4 END, "
                        + "code, theme, indicateur, ordre, modalite");
    }
}
