-- Loads the valid OPS rows (not in ops_rejets) into ops_occupation, replacing, for each survey year the file
-- carries, the rows of the communes it covers. Linking to RPLS residences is done by rattachement.sql.
DELETE FROM ops_occupation
WHERE EXISTS (
    SELECT 1 FROM ops_stg_controle s
    WHERE s.rang NOT IN (SELECT rang FROM ops_rejets)
      AND CAST(trim(s.annee_enquete) AS SMALLINT) = ops_occupation.annee_enquete
      AND trim(s.depcom) = ops_occupation.depcom);

INSERT INTO ops_occupation BY NAME
SELECT
    CAST(trim(annee_enquete) AS SMALLINT) AS annee_enquete,
    replace(lower(trim(niveau)), 'é', 'e') AS niveau,
    trim(depcom) AS depcom,
    nullif(trim(perimetre), '') AS perimetre,
    nullif(trim(identifiant_residence), '') AS identifiant_residence,
    nullif(trim(adresse), '') AS adresse,
    CAST(NULL AS VARCHAR) AS residence_id,
    CASE WHEN lower(trim(niveau)) = 'commune' THEN 'commune' ELSE 'non rattaché' END AS rattachement,
    ${counts},
    ligne_source,
    getvariable('ops_sha256') AS import_sha256
FROM ops_stg_controle
WHERE rang NOT IN (SELECT rang FROM ops_rejets);
