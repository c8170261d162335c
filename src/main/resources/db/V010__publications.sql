-- Observatoire schema, version 10: publications by period.
-- The indicator models are computed in the work schema « calcul »; a period's published marts live in main,
-- keyed by « periode », and appear all at once with their row in « publication ».
CREATE SCHEMA IF NOT EXISTS calcul;

CREATE TABLE IF NOT EXISTS publication (
    periode          VARCHAR NOT NULL,      -- AAAA-MM
    version          INTEGER NOT NULL,      -- 1, then 2… for each deliberate recomputation
    statut           VARCHAR NOT NULL,      -- publiée / remplacée / supprimée
    empreinte        VARCHAR NOT NULL,      -- fingerprint of the inputs and the method used
    version_methode  VARCHAR NOT NULL,
    millesime_rpls   SMALLINT,
    annee_ops        SMALLINT,
    entrees          VARCHAR NOT NULL,      -- JSON: the input files used (name, type, millésime, sha256)
    parametres       VARCHAR NOT NULL,      -- JSON: jobs/parametres.yml as used
    sources          VARCHAR NOT NULL,      -- JSON: reference sources as used (ref_source)
    calculee_le      TIMESTAMP NOT NULL,    -- Europe/Paris
    remplacee_le     TIMESTAMP,
    PRIMARY KEY (periode, version)
);

-- Tables of the single-period design (before publications): recomputable work, dropped.
DROP TABLE IF EXISTS main.secret_cellule;
DROP TABLE IF EXISTS main.secret_historique;
DROP TABLE IF EXISTS main.int_cellule;
DROP TABLE IF EXISTS main.int_cellule_groupe;
DROP TABLE IF EXISTS main.int_logement_accessibilite;
DROP TABLE IF EXISTS main.int_objectif;
DROP TABLE IF EXISTS main.int_regle_25;
DROP TABLE IF EXISTS main.int_residence_accessibilite;
DROP TABLE IF EXISTS main.int_residence_composante;
DROP TABLE IF EXISTS main.int_residence_croisement;
DROP TABLE IF EXISTS main.int_residence_fragilite;
DROP TABLE IF EXISTS main.int_residence_stock;
DROP TABLE IF EXISTS main.int_residence_territoire;
DROP TABLE IF EXISTS main.int_serie_annuelle;
DROP TABLE IF EXISTS main.int_serie_mensuelle;
DROP TABLE IF EXISTS main.int_territoire_evolution;
DROP TABLE IF EXISTS main.int_territoire_indicateur;
DROP TABLE IF EXISTS main.mart_metadonnees;
DROP TABLE IF EXISTS main.mart_objectif;
DROP TABLE IF EXISTS main.mart_regle_25;
DROP TABLE IF EXISTS main.mart_residence;
DROP TABLE IF EXISTS main.mart_residence_composante;
DROP TABLE IF EXISTS main.mart_sensibilite;
DROP TABLE IF EXISTS main.mart_serie_annuelle;
DROP TABLE IF EXISTS main.mart_serie_mensuelle;
DROP TABLE IF EXISTS main.mart_taux_mensuel;
DROP TABLE IF EXISTS main.mart_territoire;
DROP TABLE IF EXISTS main.mart_territoire_evolution;
DROP TABLE IF EXISTS main.stg_evolution;
DROP TABLE IF EXISTS main.stg_logement;
DROP TABLE IF EXISTS main.stg_ops_residence;
DROP TABLE IF EXISTS main.stg_partenaire;
DROP TABLE IF EXISTS main.param_execution;
DROP TABLE IF EXISTS main.param_plafond_apl;
DROP TABLE IF EXISTS main.param_typologie;
DROP TABLE IF EXISTS main.param_composante;
DROP TABLE IF EXISTS main.param_methode;
