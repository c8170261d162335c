-- mart_territoire : indicateurs publiés par territoire (commune, QPV, hors QPV, territoire de l'observatoire), après
-- secret statistique. Une part OPS n'est publiée que si ses deux effectifs le sont (secret_forme), en pourcentage
-- entier (0,01 près) ; un effectif OPS, s'il l'est. Une valeur masquée est NULL, marquée « s ». Les indicateurs du
-- RPLS portent sur des logements (parts à 0,001 près, numérateur et dénominateur publiés). Les décomptes de
-- résidences par classe de fragilité ne comptent que les classes publiées (mart_residence).
-- Entrées : int_territoire_indicateur, int_residence_territoire, mart_residence, secret_forme, ref_commune, ref_qpv,
-- ref_epci, param_execution.
WITH comptes AS (
    SELECT t.niveau, t.territoire,
           count(*) FILTER (WHERE r.classe_fragilite = 'fragile') AS fragiles,
           count(*) FILTER (WHERE r.classe_fragilite = 'à surveiller') AS a_surveiller,
           count(*) FILTER (WHERE r.croisement = 'accessible et non fragile') AS accessibles_non_fragiles,
           count(r.classe_fragilite) AS classees
    FROM int_residence_territoire t
    JOIN mart_residence r USING (residence_id)
    GROUP BY ALL
),
classes AS (
    SELECT niveau, territoire, 'residences_fragiles' AS indicateur, fragiles AS numerateur, classees AS denominateur
    FROM comptes
    UNION ALL SELECT niveau, territoire, 'residences_a_surveiller', a_surveiller, classees FROM comptes
    UNION ALL SELECT niveau, territoire, 'residences_accessibles_non_fragiles', accessibles_non_fragiles, classees
              FROM comptes
    UNION ALL SELECT niveau, territoire, 'residences_classees', classees, NULL FROM comptes
),
indicateurs AS (
    SELECT t.niveau, t.territoire, t.indicateur, t.source, t.soumis_secret,
           CASE WHEN NOT t.soumis_secret THEN true
                ELSE coalesce(n.publiee, false) AND (t.forme_denominateur IS NULL OR coalesce(d.publiee, false)) END
               AS publiee,
           t.valeur, t.numerateur, t.denominateur
    FROM int_territoire_indicateur t
    LEFT JOIN secret_forme n ON n.forme = t.forme_numerateur
    LEFT JOIN secret_forme d ON d.forme = t.forme_denominateur
)
SELECT
    i.niveau,
    i.territoire,
    coalesce(c.nom, q.nom, p.nom) AS libelle,
    i.indicateur,
    i.source,
    CASE WHEN i.publiee THEN CASE WHEN i.denominateur IS NULL THEN i.valeur
                                  WHEN i.soumis_secret THEN round(i.valeur, 2) ELSE round(i.valeur, 3) END END AS valeur,
    CASE WHEN i.publiee AND i.denominateur IS NOT NULL AND NOT i.soumis_secret THEN i.numerateur END AS numerateur,
    CASE WHEN i.publiee AND NOT i.soumis_secret THEN i.denominateur END AS denominateur,
    CASE WHEN NOT i.publiee THEN 's' END AS secret,
    e.version_methode,
    e.millesime_rpls,
    e.annee_ops
FROM (SELECT * FROM indicateurs
      UNION ALL
      SELECT niveau, territoire, indicateur, 'OPS', false, true,
             CASE WHEN denominateur IS NULL THEN numerateur ELSE numerateur / nullif(denominateur, 0) END,
             numerateur, denominateur FROM classes) i
LEFT JOIN ref_commune c ON i.niveau = 'commune' AND c.code_insee = i.territoire
LEFT JOIN ref_qpv q ON i.niveau = 'qpv' AND q.code_qpv = i.territoire
LEFT JOIN ref_epci p ON i.niveau IN ('epci', 'hors_qpv') AND p.siren = i.territoire
CROSS JOIN param_execution e
ORDER BY i.niveau, i.territoire, i.indicateur
