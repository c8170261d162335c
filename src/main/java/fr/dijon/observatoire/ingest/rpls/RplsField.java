package fr.dijon.observatoire.ingest.rpls;

import java.util.List;

/**
 * The RPLS columns the observatory uses, each with the header names it goes by in the SDES layouts
 * (2023+ {@code _CODE} columns first, then the ≤ 2021 single-code names). Matching is case-insensitive.
 */
public enum RplsField {
    REG(false, "REG_CODE", "REG"),
    DEPCOM(true, "DEPCOM"),
    LIBCOM(false, "LIBCOM"),
    NUMVOIE(false, "NUMVOIE"),
    INDREP(false, "INDREP"),
    TYPVOIE(false, "TYPVOIE"),
    NOMVOIE(true, "NOMVOIE"),
    COMPLGEO(false, "COMPLGEO"),
    LIEUDIT(false, "LIEUDIT"),
    IMMEU(false, "IMMEU"),
    QPV(true, "QPV_CODE", "QPV"),
    PLG_QP(false, "PLG_QP24", "PLG_QP"),
    TYPECONST(false, "TYPECONST_CODE", "TYPECONST"),
    NBPIECE(true, "NBPIECE"),
    SURFHAB(true, "SURFHAB"),
    CONSTRUCT(true, "CONSTRUCT"),
    LOCAT(false, "LOCAT"),
    PATRIMOINE(false, "PATRIMOINE"),
    FINAN(true, "FINAN_CODE", "FINAN"),
    CONV(false, "CONV"),
    DATCONV(false, "DATCONV"),
    DPEDATE(false, "DPEDATE"),
    DPEENERGIE(false, "DPEENERGIE"),
    DPESERRE(false, "DPESERRE"),
    PMR(false, "PMR_CODE", "PMR"),
    EPSG(false, "EPSG"),
    X(false, "X"),
    Y(false, "Y"),
    IDENT_REP(false, "IDENT_REP"),
    IDENT_ORG(false, "IDENT_ORG"),
    RS(false, "RS"),
    MODE(false, "MODE"),
    BAIL(false, "BAIL"),
    DUREE_VACANCE(false, "DUREE_VACANCE"),
    LOYERPRINC(false, "LOYERPRINC"),
    LOYERACC(false, "LOYERACC"),
    LOYERMAXAPL(false, "LOYERMAXAPL"),
    LOYERMAXCUS(false, "LOYERMAXCUS");

    private final boolean required;
    private final List<String> headerNames;

    RplsField(boolean required, String... headerNames) {
        this.required = required;
        this.headerNames = List.of(headerNames);
    }

    public boolean required() {
        return required;
    }

    public List<String> headerNames() {
        return headerNames;
    }

    /** The staging column name, lower case. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
