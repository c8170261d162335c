-- Observatoire schema, version 5 (stream import, issue 13): residences that are real estates, every address of
-- each residence, stable identifiers across millésimes and their correspondences.
--
-- Databases built before this version keep their residences, but have no residence_adresse rows: re-import their
-- RPLS files (same command) so that the next millésime can match its residences on shared addresses.

ALTER TABLE residence ADD COLUMN IF NOT EXISTS bailleur VARCHAR;                  -- landlord (loi variant)
ALTER TABLE residence ADD COLUMN IF NOT EXISTS nb_adresses INTEGER;               -- distinct addresses
ALTER TABLE residence ADD COLUMN IF NOT EXISTS etendue_m DOUBLE;                  -- largest dwelling → position distance
ALTER TABLE residence ADD COLUMN IF NOT EXISTS logements_sans_coordonnees INTEGER; -- placed by their address only
ALTER TABLE residence ADD COLUMN IF NOT EXISTS logements_hors_commune INTEGER;   -- coordinates outside their commune

-- Every address of each residence, with its search key (accents, punctuation, abbreviations and little words
-- ignored: « 23 av. du 14-Juillet » and « 23 AVENUE 14 JUILLET » give the same key).
CREATE TABLE IF NOT EXISTS residence_adresse (
    millesime          SMALLINT NOT NULL,
    residence_id       VARCHAR NOT NULL,
    depcom             VARCHAR NOT NULL,
    numvoie            VARCHAR,
    indrep             VARCHAR,
    typvoie            VARCHAR,
    nomvoie            VARCHAR,
    adresse            VARCHAR NOT NULL,   -- for display: « 23 avenue du 14 Juillet »
    adresse_recherche  VARCHAR NOT NULL,   -- normalised search key: « 23 AVENUE 14 JUILLET »
    logements          INTEGER NOT NULL,
    principale         BOOLEAN NOT NULL,   -- the residence's main address (most dwellings)
    x                  DOUBLE,             -- mean position of the address's dwellings (projected, metres)
    y                  DOUBLE,
    PRIMARY KEY (millesime, residence_id, adresse_recherche)
);

-- How each residence of a millésime relates to those of its reference millésime (the previous one loaded for
-- the commune, else the next one, else the replaced rows of the same millésime).
CREATE TABLE IF NOT EXISTS residence_correspondance (
    millesime                 SMALLINT NOT NULL,
    millesime_reference       SMALLINT,
    depcom                    VARCHAR NOT NULL,
    ancien_id                 VARCHAR,   -- NULL for a residence new in this millésime
    nouveau_id                VARCHAR,   -- NULL for a residence that disappeared
    methode                   VARCHAR,   -- identifiant (IDENT_REP) / adresse (shared addresses) / NULL
    statut                    VARCHAR NOT NULL,   -- conservé / changé / perdu / nouveau
    logements_communs         INTEGER,   -- dwellings of the new residence found in the old one
    logements_anciens_communs INTEGER,   -- dwellings of the old residence found in the new one
    adresses_communes         INTEGER
);

-- Address words and abbreviations ignored or expanded by the search key (besides the street types).
CREATE TABLE IF NOT EXISTS ref_adresse_abreviation (
    abreviation VARCHAR PRIMARY KEY,
    forme       VARCHAR NOT NULL,      -- the full form; empty for a little word the key drops
    source      VARCHAR NOT NULL
);

-- Commune boundaries, where the reference data has them: a dwelling whose coordinates fall outside its commune
-- is placed by its address.
CREATE TABLE IF NOT EXISTS ref_commune_contour (
    code_insee  VARCHAR PRIMARY KEY,
    geojson     VARCHAR NOT NULL,      -- WGS84 geometry
    source      VARCHAR NOT NULL
);

-- OPS rows are linked to residences through residence_adresse by this key.
ALTER TABLE ops_occupation ADD COLUMN IF NOT EXISTS adresse_recherche VARCHAR;
