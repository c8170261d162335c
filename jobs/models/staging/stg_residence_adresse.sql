-- stg_residence_adresse : toutes les adresses des résidences du territoire au millésime RPLS retenu (numéro,
-- indice de répétition, type et nom de voie, logements), avec leur clé de recherche (accents, ponctuation,
-- abréviations et petits mots ignorés : « 23 av. du 14-Juillet » → « 23 AVENUE 14 JUILLET ») et l'adresse
-- principale de chaque résidence (celle qui a le plus de logements).
-- Entrées : residence_adresse, stg_residence, param_execution.
SELECT
    a.residence_id,
    a.adresse,
    a.adresse_recherche,
    a.numvoie,
    a.indrep,
    a.typvoie,
    a.nomvoie,
    a.logements,
    a.principale
FROM residence_adresse a
WHERE a.millesime = (SELECT millesime_rpls FROM param_execution)
  AND a.residence_id IN (SELECT residence_id FROM stg_residence)
