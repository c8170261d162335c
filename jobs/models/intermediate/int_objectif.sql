-- int_objectif : avancement des actions qui ont un objectif annuel (catalogue des indicateurs).
-- Entrées : stg_partenaire, ref_indicateur, param_execution.
-- Formules : pour un flux, réalisé = cumul depuis janvier jusqu'au mois de la période ; objectif au prorata =
-- objectif annuel × mois écoulés ÷ 12. Pour un stock ou un taux, réalisé = dernière valeur connue, comparée à
-- l'objectif annuel (pas de prorata). Un indicateur annuel se lit sur la dernière année transmise.
WITH periode AS (
    SELECT annee, CAST(right(periode, 2) AS INTEGER) AS mois_numero FROM param_execution
),
mensuel AS (
    SELECT i.code AS indicateur, s.territoire, p.annee AS annee, i.objectif_annuel, i.nature, i.unite,
           i.periodicite, p.mois_numero AS mois_ecoules,
           CASE WHEN i.nature = 'flux' THEN sum(s.valeur) ELSE arg_max(s.valeur, s.mois) END AS realise,
           count(*) AS mois_renseignes,
           bool_or(s.soumis_secret) AS soumis_secret
    FROM ref_indicateur i
    CROSS JOIN periode p
    JOIN stg_partenaire s ON s.indicateur = i.code AND s.annee = p.annee AND s.mois_numero <= p.mois_numero
    WHERE i.objectif_annuel IS NOT NULL AND i.periodicite = 'mensuelle'
    GROUP BY i.code, s.territoire, p.annee, i.objectif_annuel, i.nature, i.unite, i.periodicite, p.mois_numero
),
annuel AS (
    SELECT i.code, s.territoire, s.annee, i.objectif_annuel, i.nature, i.unite, i.periodicite, 12,
           s.valeur, 1, s.soumis_secret
    FROM ref_indicateur i
    JOIN stg_partenaire s ON s.indicateur = i.code
    WHERE i.objectif_annuel IS NOT NULL AND i.periodicite = 'annuelle'
    QUALIFY s.annee = max(s.annee) OVER (PARTITION BY i.code, s.territoire)
)
SELECT *,
    CASE WHEN nature = 'flux' AND periodicite = 'mensuelle' THEN objectif_annuel * mois_ecoules / 12
         ELSE objectif_annuel END AS objectif_prorata,
    realise / nullif(objectif_annuel, 0) AS taux_realisation,
    realise / nullif(CASE WHEN nature = 'flux' AND periodicite = 'mensuelle' THEN objectif_annuel * mois_ecoules / 12
                          ELSE objectif_annuel END, 0) AS taux_realisation_prorata
FROM (SELECT * FROM mensuel UNION ALL SELECT * FROM annuel)
