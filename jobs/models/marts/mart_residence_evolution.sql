-- mart_residence_evolution : logements de chaque résidence publiée au millésime RPLS précédent et au millésime
-- retenu, et leur écart, en suivant la résidence d'un millésime à l'autre par ses identifiants (RPLS : des
-- logements, pas des ménages). Vide quand un seul millésime est chargé.
-- Entrées : int_residence_evolution, param_execution.
SELECT
    v.residence_id,
    e.millesime_rpls AS millesime,
    v.millesime_precedent,
    v.logements,
    v.logements_precedents,
    v.evolution,
    v.suivi,
    v.rapprochement,
    e.version_methode
FROM int_residence_evolution v
CROSS JOIN param_execution e
ORDER BY v.residence_id
