-- Observatoire schema, version 4 (stream import, issue 18): RPLS variants layered per commune, the effective
-- stock, the territory's reference data.
--
-- A public file and a loi extract of the same millésime are kept side by side: each row carries its variant, a
-- file replaces only the rows of its millésime and variant for the communes it covers, and the effective stock is,
-- for each (millésime, commune), the loi rows when the commune has some, else the public rows.

ALTER TABLE rpls_logement ADD COLUMN IF NOT EXISTS variante VARCHAR;   -- 'publique' | 'loi'
ALTER TABLE rpls_logement ADD COLUMN IF NOT EXISTS reg VARCHAR;        -- region code (REG_CODE / REG), nullable
ALTER TABLE rpls_logement ADD COLUMN IF NOT EXISTS ident_org VARCHAR;  -- landlord id (IDENT_ORG, loi variant)

UPDATE rpls_logement
SET variante = CASE WHEN ident_rep IS NOT NULL OR mode IS NOT NULL OR loyerprinc IS NOT NULL OR bailleur IS NOT NULL
                    THEN 'loi' ELSE 'publique' END
WHERE variante IS NULL;

ALTER TABLE rpls_logement ALTER COLUMN variante SET NOT NULL;

-- A row shadowed by the other variant of its commune has no residence: the link holds for effective rows only.
ALTER TABLE rpls_logement ALTER COLUMN residence_id DROP NOT NULL;
ALTER TABLE rpls_logement ALTER COLUMN residence_methode DROP NOT NULL;

-- Which variant each commune of each millésime comes from, with the dwellings of each variant.
CREATE TABLE IF NOT EXISTS rpls_commune_variante (
    millesime          SMALLINT NOT NULL,
    depcom             VARCHAR NOT NULL,
    libcom             VARCHAR,
    variante           VARCHAR NOT NULL,   -- the effective one: 'loi' when the commune has loi rows
    logements          INTEGER NOT NULL,   -- effective dwellings
    logements_publique INTEGER NOT NULL,
    logements_loi      INTEGER NOT NULL,
    sha256_publique    VARCHAR,            -- file of the public rows
    sha256_loi         VARCHAR,            -- file of the loi rows
    mis_a_jour_le      TIMESTAMP NOT NULL,
    PRIMARY KEY (millesime, depcom)
);

INSERT OR REPLACE INTO rpls_commune_variante
SELECT millesime, depcom, min(libcom),
       CASE WHEN count(*) FILTER (WHERE variante = 'loi') > 0 THEN 'loi' ELSE 'publique' END,
       CASE WHEN count(*) FILTER (WHERE variante = 'loi') > 0 THEN count(*) FILTER (WHERE variante = 'loi')
            ELSE count(*) END,
       count(*) FILTER (WHERE variante = 'publique'),
       count(*) FILTER (WHERE variante = 'loi'),
       min(import_sha256) FILTER (WHERE variante = 'publique'),
       min(import_sha256) FILTER (WHERE variante = 'loi'),
       current_localtimestamp()
FROM rpls_logement
GROUP BY millesime, depcom;

-- The effective stock: every model reads this view, never rpls_logement. A migration that changes the columns of
-- rpls_logement must recreate it.
CREATE OR REPLACE VIEW rpls_logement_effectif AS
SELECT l.*
FROM rpls_logement l
SEMI JOIN rpls_commune_variante v
    ON v.millesime = l.millesime AND v.depcom = l.depcom AND v.variante = l.variante;

-- Communes: the region, for the territory table and the comparisons.
ALTER TABLE ref_commune ADD COLUMN IF NOT EXISTS region VARCHAR;

-- Départements and regions of France (COG), for the comparisons with the wider stock.
CREATE TABLE IF NOT EXISTS ref_departement (
    code        VARCHAR PRIMARY KEY,
    nom         VARCHAR NOT NULL,
    region      VARCHAR NOT NULL,
    region_nom  VARCHAR NOT NULL,
    zone        VARCHAR NOT NULL,      -- metro / drom
    source      VARCHAR NOT NULL
);

-- The communes table gained a column: reload it at the next reference refresh.
DELETE FROM ref_source WHERE code = 'communes';
