package fr.dijon.observatoire.ingest.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the observatory's OPS extract format (documented in the README): identification columns, then
 * counts following CCH R.442-14. Names are matched case-insensitively.
 */
public enum OpsColumn {
    ANNEE_ENQUETE(Kind.TEXT, true, "année d'enquête"),
    NIVEAU(Kind.TEXT, true, "niveau"),
    IDENTIFIANT_RESIDENCE(Kind.TEXT, false, "identifiant de résidence"),
    DEPCOM(Kind.TEXT, true, "code commune"),
    ADRESSE(Kind.TEXT, false, "adresse"),
    PERIMETRE(Kind.TEXT, false, "périmètre"),
    LOGEMENTS(Kind.COUNT, true, "logements"),
    LOGEMENTS_OCCUPES(Kind.COUNT, false, "logements occupés"),
    LOGEMENTS_VACANTS(Kind.COUNT, false, "logements vacants"),
    MENAGES_ENQUETES(Kind.COUNT, false, "ménages enquêtés"),
    MENAGES_REPONDANTS(Kind.COUNT, true, "ménages répondants"),
    REV_MOINS_20(Kind.COUNT, true, "ménages sous 20 % du plafond PLUS"),
    REV_20_40(Kind.COUNT, true, "ménages entre 20 et 40 % du plafond PLUS"),
    REV_40_60(Kind.COUNT, true, "ménages entre 40 et 60 % du plafond PLUS"),
    REV_60_100(Kind.COUNT, true, "ménages entre 60 et 100 % du plafond PLUS"),
    REV_PLUS_100(Kind.COUNT, true, "ménages au-dessus du plafond PLUS"),
    MENAGES_APL(Kind.COUNT, true, "ménages bénéficiaires de l'APL ou de l'AL"),
    PERSONNES_SEULES(Kind.COUNT, false, "personnes seules"),
    COUPLES_SANS_ENFANT(Kind.COUNT, false, "couples sans enfant"),
    COUPLES_AVEC_ENFANTS(Kind.COUNT, false, "couples avec enfants"),
    FAMILLES_MONOPARENTALES(Kind.COUNT, false, "familles monoparentales"),
    FAMILLES_NOMBREUSES(Kind.COUNT, false, "familles nombreuses"),
    TITULAIRE_MOINS_25(Kind.COUNT, false, "titulaires de moins de 25 ans"),
    TITULAIRE_25_39(Kind.COUNT, false, "titulaires de 25 à 39 ans"),
    TITULAIRE_40_64(Kind.COUNT, false, "titulaires de 40 à 64 ans"),
    TITULAIRE_65_PLUS(Kind.COUNT, false, "titulaires de 65 ans ou plus"),
    ADULTES(Kind.COUNT, false, "adultes"),
    ADULTES_EMPLOI(Kind.COUNT, false, "adultes en emploi"),
    ADULTES_CHOMAGE(Kind.COUNT, false, "adultes demandeurs d'emploi"),
    ADULTES_INACTIFS(Kind.COUNT, false, "adultes inactifs"),
    EM_MENAGES_REPONDANTS(Kind.COUNT, false, "emménagés récents répondants"),
    EM_REV_MOINS_20(Kind.COUNT, false, "emménagés récents sous 20 % du plafond PLUS"),
    EM_REV_20_40(Kind.COUNT, false, "emménagés récents entre 20 et 40 %"),
    EM_REV_40_60(Kind.COUNT, false, "emménagés récents entre 40 et 60 %"),
    EM_REV_60_100(Kind.COUNT, false, "emménagés récents entre 60 et 100 %"),
    EM_REV_PLUS_100(Kind.COUNT, false, "emménagés récents au-dessus du plafond"),
    EM_MENAGES_APL(Kind.COUNT, false, "emménagés récents bénéficiaires de l'APL"),
    EM_FAMILLES_MONOPARENTALES(Kind.COUNT, false, "emménagés récents en famille monoparentale");

    /** Whether a column holds free text or a count of households, dwellings or people. */
    public enum Kind { TEXT, COUNT }

    private final Kind kind;
    private final boolean required;
    private final String label;

    OpsColumn(Kind kind, boolean required, String label) {
        this.kind = kind;
        this.required = required;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    public String label() {
        return label;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<OpsColumn> counts() {
        return Arrays.stream(values()).filter(c -> c.kind == Kind.COUNT).toList();
    }
}
