-- What the file is about to do, commune by commune, read before anything is replaced: the dwellings it brings
-- (ajoutes), those of the same millésime and variant it replaces (remplaces), and those of the other variant
-- (autre_variante). Ordered by size, so that the message names the largest communes first.
SELECT
    f.depcom,
    coalesce(r.nom, f.libcom, f.depcom) AS nom,
    f.logements AS ajoutes,
    CASE getvariable('rpls_variante') WHEN 'loi' THEN coalesce(v.logements_loi, 0)
         ELSE coalesce(v.logements_publique, 0) END AS remplaces,
    CASE getvariable('rpls_variante') WHEN 'loi' THEN coalesce(v.logements_publique, 0)
         ELSE coalesce(v.logements_loi, 0) END AS autre_variante
FROM rpls_import_communes f
LEFT JOIN rpls_commune_variante v
       ON v.millesime = CAST(getvariable('rpls_millesime') AS SMALLINT) AND v.depcom = f.depcom
LEFT JOIN ref_commune r ON r.code_insee = f.depcom
ORDER BY f.logements DESC, f.depcom
