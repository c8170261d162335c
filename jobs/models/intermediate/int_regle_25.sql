-- int_regle_25 : la règle des 25 % (CCH L.441-1) par année : part des attributions hors QPV faites aux
-- demandeurs du premier quartile de ressources, parmi toutes les attributions hors QPV. L'objectif légal est
-- d'au moins 25 % (regle_25.part_minimale de jobs/parametres.yml).
-- Entrées : int_serie_annuelle, param_execution.
SELECT
    q.territoire,
    q.annee,
    q.valeur AS attributions_q1,
    t.valeur AS attributions_total,
    q.valeur / nullif(t.valeur, 0) AS ratio,
    e.part_minimale_regle_25 AS objectif,
    q.valeur / nullif(t.valeur, 0) >= e.part_minimale_regle_25 AS atteint
FROM int_serie_annuelle q
JOIN int_serie_annuelle t ON t.territoire = q.territoire AND t.annee = q.annee
                         AND t.indicateur = 'attributions_hors_qpv_total'
CROSS JOIN param_execution e
WHERE q.indicateur = 'attributions_hors_qpv_q1'
