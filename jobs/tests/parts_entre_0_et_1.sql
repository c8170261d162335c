-- Une part est comprise entre 0 et 1.
SELECT 'mart_residence_composante' AS mart, residence_id AS objet, composante AS indicateur, part
FROM mart_residence_composante WHERE part < 0 OR part > 1
UNION ALL
SELECT 'mart_territoire', territoire, indicateur, valeur FROM mart_territoire
WHERE indicateur LIKE 'part_%' AND (valeur < 0 OR valeur > 1) AND indicateur <> 'part_logements_sociaux_rp'
UNION ALL
SELECT 'mart_residence', residence_id, 'part_accessible', part_accessible FROM mart_residence
WHERE part_accessible < 0 OR part_accessible > 1
