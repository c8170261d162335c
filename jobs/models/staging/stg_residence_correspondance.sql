-- stg_residence_correspondance : comment les résidences du millésime RPLS retenu prolongent celles du millésime
-- précédent (residence_correspondance, établie à l'import) : pour chaque paire (ancienne, nouvelle) qui partage des
-- logements, le suivi (identifiant « conservé » ou « changé »), la méthode du rapprochement (IDENT_REP ou adresses
-- communes), les logements de l'ancienne résidence repris par la nouvelle, et les logements de l'ancienne.
-- Entrées : residence_correspondance, residence, param_execution.
SELECT
    c.ancien_id,
    c.nouveau_id,
    c.millesime_reference AS millesime_precedent,
    c.statut,
    c.methode,
    c.logements_anciens_communs,
    r.nb_logements AS logements_anciens
FROM residence_correspondance c
JOIN residence r ON r.residence_id = c.ancien_id AND r.millesime = c.millesime_reference
WHERE c.millesime = (SELECT millesime_rpls FROM param_execution)
  AND c.millesime_reference < c.millesime
  AND c.ancien_id IS NOT NULL
  AND c.nouveau_id IS NOT NULL
