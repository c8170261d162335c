-- Une case marquée secrète ne montre aucune valeur.
SELECT 'mart_territoire' AS mart, territoire || ':' || indicateur AS objet FROM mart_territoire
WHERE secret IS NOT NULL AND valeur IS NOT NULL
UNION ALL
SELECT 'mart_residence_composante', residence_id || ':' || composante FROM mart_residence_composante
WHERE secret IS NOT NULL AND (part IS NOT NULL OR indice IS NOT NULL)
UNION ALL
SELECT 'mart_residence', residence_id FROM mart_residence
WHERE secret_fragilite IS NOT NULL AND (classe_fragilite IS NOT NULL OR indice_composite IS NOT NULL)
UNION ALL
SELECT 'mart_serie_mensuelle', indicateur || ':' || mois FROM mart_serie_mensuelle
WHERE secret IS NOT NULL AND valeur IS NOT NULL
