package fr.dijon.observatoire.sample;

/**
 * FINAN_CODE / FINAN_LIBELLE: the initial State financing of the dwelling. Codes and groups match
 * reference-data/rpls_financements.csv, which the importer uses.
 */
enum Financing {
    PLAI(10, "Prêt locatif aidé d'intégration (PLAI)", FinancingGroup.PLAI),
    PLA_TS(11, "Prêt locatif aidé très social (PLA-TS)", FinancingGroup.PLAI),
    PLUS(12, "Prêt locatif à usage social (PLUS)", FinancingGroup.PLUS),
    PLA(13, "Prêt locatif aidé ordinaire (PLA)", FinancingGroup.PLUS),
    PLS(14, "Prêt locatif social (PLS)", FinancingGroup.PLS),
    PLA_CFF(15, "Prêt du Crédit foncier (PPLS, PLA CFF)", FinancingGroup.PLS),
    PLI(16, "Prêt locatif intermédiaire (PLI)", FinancingGroup.PLI),
    AUTRE_PLS(17, "Autre financement assimilé PLS (PCL)", FinancingGroup.PLS),
    AUTRE_ETAT(49, "Autre financement aidé par l'État après 1977", FinancingGroup.AUTRE),
    HBM(50, "Habitations à bon marché (HBM)", FinancingGroup.AVANT_1977),
    PLR_PSR(51, "Programme à loyer réduit ou social de relogement (PLR/PSR)", FinancingGroup.AVANT_1977),
    HLM_O(52, "HLM ordinaire (HLM/O)", FinancingGroup.AVANT_1977),
    ILM(53, "Immeuble à loyer moyen (ILM)", FinancingGroup.AVANT_1977),
    ILN(54, "Immeuble à loyer normal (ILN)", FinancingGroup.AVANT_1977),
    AUTRE_AVANT_1977(55, "Autre financement HLM antérieur à 1977", FinancingGroup.AVANT_1977),
    SANS_AIDE(99, "Autre financement, sans aide de l'État", FinancingGroup.AUTRE);

    final String code;
    final String label;
    final FinancingGroup group;

    Financing(int code, String label, FinancingGroup group) {
        this.code = Integer.toString(code);
        this.label = label;
        this.group = group;
    }

    /** Whether dwellings with this financing are normally covered by an APL convention. */
    boolean normallyConventionne() {
        return switch (group) {
            case PLAI, PLUS, PLS -> true;
            case PLI -> false;
            case AVANT_1977, AUTRE -> this == AUTRE_ETAT;
        };
    }
}
