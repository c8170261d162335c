-- Records, for each commune the file covers, which variant now stands for it (loi when the commune has loi rows,
-- else public) and the dwellings of each variant; then lists the communes whose effective rows are the file's
-- (their residences are rebuilt), and unlinks the rows the other variant shadows.
INSERT OR REPLACE INTO rpls_commune_variante
SELECT
    CAST(getvariable('rpls_millesime') AS SMALLINT) AS millesime,
    f.depcom,
    coalesce(f.libcom, v.libcom) AS libcom,
    CASE WHEN getvariable('rpls_variante') = 'loi' OR coalesce(v.logements_loi, 0) > 0 THEN 'loi'
         ELSE 'publique' END AS variante,
    CASE WHEN getvariable('rpls_variante') = 'publique' AND coalesce(v.logements_loi, 0) > 0 THEN v.logements_loi
         ELSE f.logements END AS logements,
    CASE WHEN getvariable('rpls_variante') = 'publique' THEN f.logements
         ELSE coalesce(v.logements_publique, 0) END AS logements_publique,
    CASE WHEN getvariable('rpls_variante') = 'loi' THEN f.logements ELSE coalesce(v.logements_loi, 0) END AS logements_loi,
    CASE WHEN getvariable('rpls_variante') = 'publique' THEN getvariable('rpls_sha256')
         ELSE v.sha256_publique END AS sha256_publique,
    CASE WHEN getvariable('rpls_variante') = 'loi' THEN getvariable('rpls_sha256') ELSE v.sha256_loi END AS sha256_loi,
    current_localtimestamp() AS mis_a_jour_le
FROM rpls_import_communes f
LEFT JOIN rpls_commune_variante v
       ON v.millesime = CAST(getvariable('rpls_millesime') AS SMALLINT) AND v.depcom = f.depcom;

CREATE OR REPLACE TEMP TABLE rpls_import_reconstruire AS
SELECT depcom
FROM rpls_commune_variante
WHERE millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
  AND variante = getvariable('rpls_variante')
  AND depcom IN (SELECT depcom FROM rpls_import_communes);

UPDATE rpls_logement l SET residence_id = NULL, residence_methode = NULL
FROM rpls_commune_variante v
WHERE v.millesime = l.millesime AND v.depcom = l.depcom AND l.variante <> v.variante
  AND l.millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)
  AND l.depcom IN (SELECT depcom FROM rpls_import_communes)
  AND l.residence_id IS NOT NULL;
