-- mart_residence_adresse : chaque adresse de chaque résidence publiée, pour la fiche de la résidence, la
-- recherche de l'atlas (par n'importe laquelle de ses adresses) et le pack de la CIL. Une ligne par résidence et
-- adresse : adresse affichée, clé de recherche, numéro, indice de répétition, type et nom de voie, logements de
-- l'adresse (RPLS : des logements, pas des ménages), adresse principale ou secondaire.
-- Entrées : stg_residence_adresse, int_residence_stock, param_execution.
SELECT
    a.*,
    e.version_methode,
    e.millesime_rpls
FROM stg_residence_adresse a
JOIN int_residence_stock s USING (residence_id)
CROSS JOIN param_execution e
ORDER BY a.residence_id, a.principale DESC, a.adresse_recherche
