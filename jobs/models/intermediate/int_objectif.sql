-- int_objectif : avancement des actions qui ont un objectif annuel (catalogue des indicateurs).
-- Entrées : stg_partenaire, ref_indicateur, int_serie_cumul, param_execution.
-- Formules : pour un flux, réalisé = cumul depuis janvier jusqu'au mois de la période ; objectif au prorata =
-- objectif annuel × mois écoulés ÷ 12. Pour un stock ou un taux, réalisé = dernière valeur connue, comparée à
-- l'objectif annuel (pas de prorata). Un indicateur annuel se lit sur la dernière année transmise.
-- Quand la série est publiée par trimestre (secret statistique), le flux se lit aussi à la fin du dernier
-- trimestre complet (realise_trimestre, au mois mois_trimestre) avec son objectif au prorata.
-- Clés de secret : forme_realise (cumul de l'année, ou mois de la dernière valeur, ou année transmise),
-- forme_realise_trimestre.
WITH periode AS (
    SELECT annee, CAST(right(periode, 2) AS INTEGER) AS mois_numero, periode FROM param_execution
),
mensuel AS (
    SELECT i.code AS indicateur, s.territoire, p.annee AS annee, i.objectif_annuel, i.nature, i.unite,
           i.periodicite, p.mois_numero AS mois_ecoules,
           CASE WHEN i.nature = 'flux' THEN sum(s.valeur) ELSE arg_max(s.valeur, s.mois) END AS realise,
           max(s.mois) AS realise_au,
           count(*) AS mois_renseignes,
           bool_or(s.soumis_secret) AS soumis_secret,
           CASE WHEN i.nature = 'flux' THEN 'serie:' || i.code || ':' || s.territoire || ':cumul:' || p.periode
                ELSE 'serie:' || i.code || ':' || s.territoire || ':mois:' || max(s.mois) END AS forme_realise
    FROM ref_indicateur i
    CROSS JOIN periode p
    JOIN stg_partenaire s ON s.indicateur = i.code AND s.annee = p.annee AND s.mois_numero <= p.mois_numero
    WHERE i.objectif_annuel IS NOT NULL AND i.periodicite = 'mensuelle'
    GROUP BY i.code, s.territoire, p.annee, i.objectif_annuel, i.nature, i.unite, i.periodicite, p.mois_numero,
             p.periode
),
annuel AS (
    SELECT i.code, s.territoire, s.annee, i.objectif_annuel, i.nature, i.unite, i.periodicite, 12,
           s.valeur, s.mois, 1, s.soumis_secret, 'serie:' || i.code || ':' || s.territoire || ':annee:' || s.annee
    FROM ref_indicateur i
    JOIN stg_partenaire s ON s.indicateur = i.code
    WHERE i.objectif_annuel IS NOT NULL AND i.periodicite = 'annuelle'
    QUALIFY s.annee = max(s.annee) OVER (PARTITION BY i.code, s.territoire)
),
trimestres AS (
    SELECT indicateur, territoire, annee, mois_fin_trimestre, cumul_trimestre AS realise_trimestre,
           CASE WHEN mois_fin_trimestre > 0 THEN annee || '-' || lpad(CAST(mois_fin_trimestre AS VARCHAR), 2, '0') END
               AS mois_trimestre,
           forme_cumul_trimestre AS forme_realise_trimestre
    FROM int_serie_cumul
)
SELECT o.*,
    CASE WHEN o.nature = 'flux' AND o.periodicite = 'mensuelle' THEN o.objectif_annuel * o.mois_ecoules / 12
         ELSE o.objectif_annuel END AS objectif_prorata,
    o.realise / nullif(o.objectif_annuel, 0) AS taux_realisation,
    o.realise / nullif(CASE WHEN o.nature = 'flux' AND o.periodicite = 'mensuelle'
                            THEN o.objectif_annuel * o.mois_ecoules / 12 ELSE o.objectif_annuel END, 0)
        AS taux_realisation_prorata,
    t.realise_trimestre,
    t.mois_trimestre,
    o.objectif_annuel * t.mois_fin_trimestre / 12 AS objectif_prorata_trimestre,
    t.forme_realise_trimestre
FROM (SELECT * FROM mensuel UNION ALL SELECT * FROM annuel) o
LEFT JOIN trimestres t USING (indicateur, territoire, annee)
