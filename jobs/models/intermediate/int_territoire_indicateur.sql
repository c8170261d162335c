-- int_territoire_indicateur : indicateurs agrégés par territoire (commune, QPV, hors QPV, métropole,
-- département couvert), avant secret statistique. Une ligne par territoire et indicateur, avec numérateur et
-- dénominateur : valeur = numérateur ÷ dénominateur pour une part, numérateur pour un effectif.
-- Entrées : int_residence_territoire, int_residence_stock, int_residence_accessibilite, int_residence_composante,
-- int_residence_croisement, int_residence_fragilite, stg_ops_residence, ref_commune_logement, param_execution.
-- Les indicateurs issus de l'OPS portent sur des ménages (soumis_secret) ; ceux du RPLS sur des logements.
-- Les décomptes de résidences par classe de fragilité ne comptent que les résidences dont la classe est publiée
-- (au moins « seuil_secret » ménages répondants).
WITH stock AS (
    SELECT t.niveau, t.territoire, s.*, a.loyers_connus, a.accessibles, a.loyer_m2,
           a.classe_accessibilite, x.croisement,
           CASE WHEN f.repondants >= (SELECT seuil_secret FROM param_execution) THEN f.classe_fragilite END
               AS classe_fragilite
    FROM int_residence_territoire t
    JOIN int_residence_stock s USING (residence_id)
    JOIN int_residence_accessibilite a USING (residence_id)
    JOIN int_residence_croisement x USING (residence_id)
    LEFT JOIN int_residence_fragilite f USING (residence_id)
),
rpls AS (
    SELECT niveau, territoire, 'logements' AS indicateur, sum(logements) AS numerateur, NULL AS denominateur FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'residences', count(*), NULL FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_qpv', coalesce(sum(logements) FILTER (WHERE en_qpv), 0), sum(logements)
              FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_t1_t2', sum(t1 + t2), sum(logements) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_t5_plus', sum(t5_plus), sum(logements) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_plai', sum(plai), sum(logements) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_pls_pli', sum(pls + pli), sum(logements) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_avant_1977', sum(avant_1977), sum(logements) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_recents', sum(recents), sum(logements) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_passoires', sum(passoires), sum(dpe_connus) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_pmr', sum(pmr), sum(logements) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_logements_accessibles', sum(accessibles), sum(loyers_connus) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'part_vacance', sum(vacants_3_mois), sum(loues_ou_vacants) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'residences_accessibles',
              count(*) FILTER (WHERE classe_accessibilite = 'accessible aux ménages les plus modestes'), count(*)
              FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'residences_fragiles',
              count(*) FILTER (WHERE classe_fragilite = 'fragile'), count(classe_fragilite) FROM stock GROUP BY ALL
    UNION ALL SELECT niveau, territoire, 'residences_accessibles_non_fragiles',
              count(*) FILTER (WHERE croisement = 'accessible et non fragile' AND classe_fragilite IS NOT NULL),
              count(classe_fragilite)
              FROM stock GROUP BY ALL
    UNION ALL SELECT s.niveau, s.territoire, 'part_logements_sociaux_rp', sum(s.logements),
              min(r.rp2021_residences_principales)
              FROM stock s JOIN ref_commune_logement r ON r.code_insee = s.territoire
              WHERE s.niveau = 'commune' GROUP BY ALL
),
ops AS (
    SELECT t.niveau, t.territoire, 'menages_repondants' AS indicateur, sum(o.repondants) AS numerateur,
           NULL AS denominateur
    FROM int_residence_territoire t JOIN stg_ops_residence o USING (residence_id)
    GROUP BY ALL
    UNION ALL
    SELECT t.niveau, t.territoire, c.composante, sum(c.numerateur), sum(c.denominateur)
    FROM int_residence_territoire t JOIN int_residence_composante c USING (residence_id)
    WHERE c.source = 'OPS'
    GROUP BY ALL
)
SELECT niveau, territoire, indicateur, 'RPLS' AS source, false AS soumis_secret,
       CAST(numerateur AS BIGINT) AS numerateur, CAST(denominateur AS BIGINT) AS denominateur,
       CASE WHEN denominateur IS NULL THEN numerateur ELSE numerateur / nullif(denominateur, 0) END AS valeur
FROM rpls
UNION ALL
SELECT niveau, territoire, indicateur, 'OPS', true, CAST(numerateur AS BIGINT), CAST(denominateur AS BIGINT),
       CASE WHEN denominateur IS NULL THEN numerateur ELSE numerateur / nullif(denominateur, 0) END
FROM ops
