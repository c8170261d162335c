-- int_residence_evolution : évolution du parc de chaque résidence entre le millésime RPLS précédent et le millésime
-- retenu, en suivant la résidence d'un millésime à l'autre par ses identifiants (stg_residence_correspondance) :
-- une résidence qui a gardé son identifiant reprend tous les logements de l'ancienne, sauf ceux passés dans une
-- autre résidence ; une résidence au nouvel identifiant (scission, fusion) reprend les logements qu'elle partage
-- avec les anciennes ; une résidence nouvelle n'a pas de logements précédents. Vide sans millésime précédent.
-- Entrées : int_residence_stock, stg_residence_correspondance.
-- Formule : évolution = logements − logements précédents.
WITH ancienne AS (
    SELECT ancien_id, min(logements_anciens) AS logements, sum(logements_anciens_communs) AS repris
    FROM stg_residence_correspondance
    GROUP BY ancien_id
),
precedent AS (
    SELECT c.nouveau_id AS residence_id,
           min(c.millesime_precedent) AS millesime_precedent,
           sum(c.logements_anciens_communs)
               + coalesce(sum(greatest(a.logements - a.repris, 0)) FILTER (WHERE c.statut = 'conservé'), 0)
               AS logements_precedents,
           bool_or(c.statut = 'conservé') AS identifiant_conserve,
           min(c.methode) AS methode
    FROM stg_residence_correspondance c
    JOIN ancienne a USING (ancien_id)
    GROUP BY c.nouveau_id
)
SELECT
    s.residence_id,
    s.logements,
    (SELECT max(millesime_precedent) FROM stg_residence_correspondance) AS millesime_precedent,
    coalesce(p.logements_precedents, 0) AS logements_precedents,
    s.logements - coalesce(p.logements_precedents, 0) AS evolution,
    CASE WHEN p.identifiant_conserve THEN 'identifiant conservé'
         WHEN p.residence_id IS NOT NULL THEN 'nouvel identifiant (scission ou fusion)'
         ELSE 'résidence nouvelle' END AS suivi,
    p.methode AS rapprochement
FROM int_residence_stock s
LEFT JOIN precedent p USING (residence_id)
WHERE EXISTS (SELECT 1 FROM stg_residence_correspondance)
