package fr.dijon.observatoire.pack;

import static fr.dijon.observatoire.pack.PackTables.c;

import java.util.List;

/**
 * The pack's tables of dwelling figures from the RPLS (not households): every address of each residence, and the
 * territory's stock against its département, region and France. Plain copies of the published marts.
 */
final class StockTables {

    private static final String RPLS = "RPLS (SDES), traitement observatoire";

    private StockTables() {
    }

    static PackTable addresses() {
        return new PackTable("adresses.csv", "Adresses de chaque résidence", List.of(
                c("residence_id", "Identifiant de résidence", "texte", "Résidence de l'adresse (voir residences.csv)", RPLS),
                c("adresse", "Adresse", "texte", "Numéro, indice de répétition, type et nom de voie", RPLS),
                c("numero", "Numéro", "texte", "Numéro dans la voie", RPLS),
                c("indice_repetition", "Indice de répétition", "texte", "B pour bis, T pour ter…", RPLS),
                c("type_voie", "Type de voie", "texte", "Type de voie tel que le RPLS l'abrège", RPLS),
                c("nom_voie", "Nom de voie", "texte", "Nom de la voie", RPLS),
                c("logements", "Logements", "logements", "Logements de la résidence à cette adresse", RPLS),
                c("principale", "Adresse principale", "oui/non", "L'adresse de la résidence qui a le plus de logements", RPLS)),
                "SELECT residence_id, adresse, numvoie AS numero, indrep AS indice_repetition, typvoie AS type_voie, "
                        + "nomvoie AS nom_voie, logements, CASE WHEN principale THEN 'oui' ELSE 'non' END AS principale "
                        + "FROM mart_residence_adresse ORDER BY residence_id, principale DESC, adresse");
    }

    static PackTable widerStock() {
        return new PackTable("comparaisons_parc.csv", "Le parc de la métropole comparé à son département, à sa région et "
                + "à la France", List.of(
                c("niveau", "Niveau", "texte", "epci (la métropole), departement, region ou france ; seuls les niveaux que "
                        + "le RPLS chargé couvre au-delà de la métropole", RPLS),
                c("code", "Code du territoire", "texte", "SIREN de l'EPCI, code du département ou de la région, FR", RPLS),
                c("territoire", "Territoire", "texte", "Nom du territoire", RPLS),
                c("theme", "Thème", "texte", "parc, typologie, financement, dpe ou loyer", RPLS),
                c("indicateur", "Indicateur", "texte", "logements, typologie, financement, dpe (part des logements au DPE "
                        + "connu), dpe_connu, loyer_m2", RPLS),
                c("modalite", "Modalité", "texte", "T1 à T5+ ; PLAI, PLUS, PLS, PLI, avant 1977, autre ; étiquette A à G", RPLS),
                c("logements", "Logements", "logements", "Logements comptés (de la modalité, au DPE connu ou au loyer connu)",
                        RPLS),
                c("base", "Base", "logements", "Dénominateur de la part, vide pour un effectif", RPLS),
                c("valeur", "Valeur", "logements, part (0 à 1) ou euros par m²", "Effectif, part ou loyer principal moyen "
                        + "au m² de surface habitable par mois (vide si moins de 90 % des logements du niveau viennent de "
                        + "la version loi du RPLS, seule à porter les loyers)", RPLS),
                c("communes", "Communes couvertes", "communes", "Communes du niveau présentes dans le RPLS chargé", RPLS),
                c("millesime_rpls", "Millésime RPLS", "année", "Millésime du RPLS utilisé", RPLS)),
                "SELECT niveau, territoire AS code, libelle AS territoire, theme, indicateur, modalite, logements, base, "
                        + "valeur, communes, millesime_rpls FROM mart_comparaison_parc "
                        + "ORDER BY CASE niveau WHEN 'epci' THEN 1 WHEN 'departement' THEN 2 WHEN 'region' THEN 3 ELSE 4 END, "
                        + "code, theme, indicateur, ordre, modalite");
    }
}
