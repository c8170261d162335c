-- Observatoire schema, version 3: OPS occupancy survey, indicator catalogue, monthly partner counts.

CREATE TABLE IF NOT EXISTS ops_occupation (
    annee_enquete        SMALLINT NOT NULL,
    niveau               VARCHAR NOT NULL,     -- residence / adresse / commune
    depcom               VARCHAR NOT NULL,
    perimetre            VARCHAR,              -- commune rows: QPV code, 'hors_qpv' or 'ensemble'
    identifiant_residence VARCHAR,             -- as given in the file
    adresse              VARCHAR,
    residence_id         VARCHAR,              -- linked RPLS residence, NULL when not linked
    rattachement         VARCHAR NOT NULL,     -- identifiant / adresse / non rattaché / commune
    logements            INTEGER,
    logements_occupes    INTEGER,
    logements_vacants    INTEGER,
    menages_enquetes     INTEGER,
    menages_repondants   INTEGER,
    rev_moins_20         INTEGER,
    rev_20_40            INTEGER,
    rev_40_60            INTEGER,
    rev_60_100           INTEGER,
    rev_plus_100         INTEGER,
    menages_apl          INTEGER,
    personnes_seules     INTEGER,
    couples_sans_enfant  INTEGER,
    couples_avec_enfants INTEGER,
    familles_monoparentales INTEGER,
    familles_nombreuses  INTEGER,
    titulaire_moins_25   INTEGER,
    titulaire_25_39      INTEGER,
    titulaire_40_64      INTEGER,
    titulaire_65_plus    INTEGER,
    adultes              INTEGER,
    adultes_emploi       INTEGER,
    adultes_chomage      INTEGER,
    adultes_inactifs     INTEGER,
    em_menages_repondants INTEGER,
    em_rev_moins_20      INTEGER,
    em_rev_20_40         INTEGER,
    em_rev_40_60         INTEGER,
    em_rev_60_100        INTEGER,
    em_rev_plus_100      INTEGER,
    em_menages_apl       INTEGER,
    em_familles_monoparentales INTEGER,
    ligne_source         BIGINT,
    import_sha256        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_indicateur (
    code                VARCHAR PRIMARY KEY,
    libelle             VARCHAR NOT NULL,
    unite               VARCHAR NOT NULL,
    nature              VARCHAR NOT NULL,      -- stock / flux
    agregation_annuelle VARCHAR NOT NULL,      -- somme / dernier / moyenne
    periodicite         VARCHAR NOT NULL,      -- mensuelle / annuelle
    partenaires         VARCHAR NOT NULL,      -- codes separated by '|'
    objectif_annuel     DOUBLE,
    objectif_source     VARCHAR,
    reference           VARCHAR,
    est_compte          BOOLEAN NOT NULL       -- integer values only
);

CREATE TABLE IF NOT EXISTS partenaire_valeur (
    periode        VARCHAR NOT NULL,           -- AAAA-MM
    partenaire     VARCHAR NOT NULL,
    indicateur     VARCHAR NOT NULL,
    territoire     VARCHAR NOT NULL,           -- INSEE code, EPCI SIREN or QPV code
    territoire_type VARCHAR NOT NULL,          -- commune / epci / qpv
    valeur         DOUBLE NOT NULL,
    commentaire    VARCHAR,
    import_sha256  VARCHAR NOT NULL,
    ligne_source   BIGINT,
    recu_le        TIMESTAMP NOT NULL,
    PRIMARY KEY (periode, partenaire, indicateur, territoire)
);

CREATE TABLE IF NOT EXISTS partenaire_valeur_historique (
    periode        VARCHAR NOT NULL,
    partenaire     VARCHAR NOT NULL,
    indicateur     VARCHAR NOT NULL,
    territoire     VARCHAR NOT NULL,
    valeur         DOUBLE NOT NULL,
    commentaire    VARCHAR,
    import_sha256  VARCHAR NOT NULL,           -- the file that had sent this value
    recu_le        TIMESTAMP NOT NULL,
    nouvelle_valeur DOUBLE NOT NULL,
    remplace_par_sha256 VARCHAR NOT NULL,      -- the file that revised it
    remplace_le    TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_commune_logement (
    code_insee                 VARCHAR PRIMARY KEY,
    rp2021_logements           INTEGER,
    rp2021_residences_principales INTEGER,
    taux_lls_2024_pct          DOUBLE,         -- published rate, intermediate social housing excluded
    source                     VARCHAR NOT NULL
);
