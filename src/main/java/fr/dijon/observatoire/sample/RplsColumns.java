package fr.dijon.observatoire.sample;

import java.util.List;

/** Column names of the SDES RPLS "2023+" layout, in file order. */
final class RplsColumns {

    /** The 73 columns of the public file. */
    static final List<String> PUBLIC = List.of(
            "REG_CODE", "REG_LIBELLE", "DEP_CODE", "DEP_LIBELLE", "EPCI_CODE", "EPCI_LIBELLE", "DEPCOM", "LIBCOM",
            "CODEPOSTAL", "DROIT_CODE", "DROIT_LIBELLE", "NUMVOIE", "INDREP", "TYPVOIE", "NOMVOIE", "NUMAPPT",
            "NUMBOITE", "ESC", "COULOIR", "ETAGE", "COMPLIDENT", "ENTREE", "BAT", "IMMEU", "COMPLGEO", "LIEUDIT",
            "QPV_CODE", "QPV_LIBELLE", "TYPECONST_CODE", "TYPECONST_LIBELLE", "NBPIECE", "SURFHAB", "CONSTRUCT",
            "LOCAT", "PATRIMOINE", "ORIGINE_CODE", "ORIGINE_LIBELLE", "FINAN_CODE", "FINAN_LIBELLE", "FINANAUTRE",
            "CONV", "NUMCONV", "DATCONV", "NEWLOGT_CODE", "NEWLOGT_LIBELLE", "CUS", "DPEDATE", "DPEENERGIE",
            "DPESERRE", "SRU_EXPIR", "SRU_ALINEA", "CODSEGPATRIM", "LIBSEGPATRIM", "PMR_CODE", "PMR_LIBELLE",
            "PLG_VOIE", "EPSG", "X", "Y", "PLG_QP24", "PLG_IRIS2024_CODE", "PLG_IRIS2024_LIBELLE", "QUALITE_VOIE",
            "QUALITE_XY", "DISTANCE_PRECISION", "QUALITE_GEOLOC", "UU2020_CODE", "UU2020_LIBELLE", "AAV2020_CODE",
            "AAV2020_LIBELLE", "ZE2020_CODE", "ZE2020_LIBELLE", "PLG_CODEPOSTAL");

    /** The 11 columns the restricted "version loi" file appends to the public ones. */
    static final List<String> LOI_EXTRA = List.of(
            "IDENT_REP", "IDENT_INT", "IDENT_ORG", "RS", "MODE", "BAIL", "DUREE_VACANCE", "LOYERPRINC", "LOYERACC",
            "LOYERMAXAPL", "LOYERMAXCUS");

    private RplsColumns() {
    }
}
