-- Observatoire schema, version 2: reference tables, import registry, RPLS stock and residences.

CREATE TABLE IF NOT EXISTS ref_source (
    code        VARCHAR PRIMARY KEY,   -- short id, e.g. 'communes'
    fichier     VARCHAR NOT NULL,      -- file under reference-data/
    libelle     VARCHAR NOT NULL,
    producteur  VARCHAR,
    millesime   VARCHAR,               -- vintage of the data
    licence     VARCHAR,
    sha256      VARCHAR NOT NULL,
    charge_le   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_commune (
    code_insee  VARCHAR PRIMARY KEY,
    nom         VARCHAR NOT NULL,
    siren       VARCHAR,
    departement VARCHAR NOT NULL,
    epci_siren  VARCHAR,
    population  INTEGER,
    source      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_epci (
    siren       VARCHAR PRIMARY KEY,
    nom         VARCHAR NOT NULL,
    nature      VARCHAR,
    population  INTEGER,
    source      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_qpv (
    code_qpv    VARCHAR PRIMARY KEY,
    nom         VARCHAR NOT NULL,
    code_insee  VARCHAR NOT NULL,
    nouveau_2024 BOOLEAN,
    geojson     VARCHAR,               -- WGS84 geometry of the QPV 2024 polygon
    source      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_financement (
    finan_code    VARCHAR PRIMARY KEY,
    finan_groupe  VARCHAR NOT NULL,    -- PLAI / PLUS / PLS / PLI / autre
    libelle       VARCHAR NOT NULL,
    avant_1977    BOOLEAN NOT NULL,
    source        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_type_voie (
    abreviation VARCHAR PRIMARY KEY,
    libelle     VARCHAR NOT NULL,      -- normalised, for keys (AVENUE)
    affiche     VARCHAR NOT NULL,      -- for display (avenue)
    source      VARCHAR NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS import_fichier_seq;

CREATE TABLE IF NOT EXISTS import_fichier (
    sha256            VARCHAR PRIMARY KEY,
    nom               VARCHAR NOT NULL,
    chemin            VARCHAR,
    type              VARCHAR NOT NULL,
    millesime         INTEGER,
    disposition       VARCHAR,          -- layout: 'RPLS 2023+', 'RPLS ≤ 2021', with variant
    encodage          VARCHAR,
    separateur        VARCHAR,
    statut            VARCHAR NOT NULL,  -- chargé / refusé / remplacé / échec
    motif             VARCHAR,
    lignes_lues       BIGINT,
    lignes_chargees   BIGINT,
    lignes_rejetees   BIGINT,
    colonnes_inconnues VARCHAR,
    fichier_rejets    VARCHAR,
    tentatives        INTEGER NOT NULL DEFAULT 0, -- completed attempts (loaded or refused)
    date_import       TIMESTAMP NOT NULL,
    duree_ms          BIGINT
);

CREATE TABLE IF NOT EXISTS rpls_logement (
    millesime      SMALLINT NOT NULL,
    dep            VARCHAR NOT NULL,
    depcom         VARCHAR NOT NULL,
    libcom         VARCHAR,
    numvoie        VARCHAR,
    indrep         VARCHAR,
    typvoie        VARCHAR,
    nomvoie        VARCHAR,
    complgeo       VARCHAR,
    lieudit        VARCHAR,
    programme      VARCHAR,
    qpv_code       VARCHAR,
    en_qpv         BOOLEAN NOT NULL,
    typeconst      VARCHAR,
    nbpiece        SMALLINT NOT NULL,
    surfhab        DECIMAL(8,2) NOT NULL,
    construct      SMALLINT,
    locat          SMALLINT,
    patrimoine     SMALLINT,
    finan_code     VARCHAR,
    finan_groupe   VARCHAR NOT NULL,
    finan_avant_1977 BOOLEAN NOT NULL,
    conventionne   BOOLEAN,
    datconv        DATE,
    dpe_date       DATE,
    dpeenergie     VARCHAR,
    dpeserre       VARCHAR,
    pmr            BOOLEAN,
    epsg           VARCHAR,
    x              DOUBLE,
    y              DOUBLE,
    ident_rep      VARCHAR,
    bailleur       VARCHAR,
    mode           SMALLINT,
    bail           DATE,
    duree_vacance  INTEGER,
    loyerprinc     DECIMAL(9,2),
    loyeracc       DECIMAL(9,2),
    loyermaxapl    DECIMAL(9,2),
    loyermaxcus    DECIMAL(9,2),
    residence_id   VARCHAR NOT NULL,
    residence_methode VARCHAR NOT NULL, -- programme / adresse / coordonnées / commune
    adresse        VARCHAR NOT NULL,
    import_sha256  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS residence (
    residence_id   VARCHAR NOT NULL,
    millesime      SMALLINT NOT NULL,
    dep            VARCHAR NOT NULL,
    depcom         VARCHAR NOT NULL,
    libcom         VARCHAR,
    adresse        VARCHAR NOT NULL,
    programme      VARCHAR,
    nb_logements   INTEGER NOT NULL,
    qpv_code       VARCHAR,
    en_qpv         BOOLEAN NOT NULL,
    methode_cle    VARCHAR NOT NULL,   -- programme / adresse / coordonnées
    x              DOUBLE,
    y              DOUBLE,
    lon            DOUBLE,
    lat            DOUBLE,
    PRIMARY KEY (residence_id, millesime)
);
