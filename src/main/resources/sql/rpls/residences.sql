-- Rebuilds the residences of the imported millésime for the communes whose effective rows are the file's:
-- one row per residence_id, with its address, programme, dwellings, QPV and mean Lambert-93 position.
DELETE FROM residence
WHERE millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
  AND depcom IN (SELECT depcom FROM rpls_import_reconstruire);

INSERT INTO residence BY NAME
SELECT
    residence_id,
    millesime,
    min(dep) AS dep,
    min(depcom) AS depcom,
    min(libcom) AS libcom,
    min(adresse) AS adresse,
    min(programme) AS programme,
    count(*) AS nb_logements,
    mode(qpv_code) AS qpv_code,
    avg(CASE WHEN en_qpv THEN 1 ELSE 0 END) >= 0.5 AS en_qpv,
    min(residence_methode) AS methode_cle,
    avg(x) AS x,
    avg(y) AS y
FROM rpls_logement
WHERE millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
  AND variante = getvariable('rpls_variante')
  AND depcom IN (SELECT depcom FROM rpls_import_reconstruire)
GROUP BY residence_id, millesime;
