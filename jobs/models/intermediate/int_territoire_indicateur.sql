-- int_territoire_indicateur : indicateurs agrégés par territoire (commune, QPV, hors QPV, territoire de
-- l'observatoire), avant secret statistique. Une ligne par territoire et indicateur, avec numérateur et
-- dénominateur : valeur = numérateur ÷ dénominateur pour une part, numérateur pour un effectif.
-- Entrées : int_residence_territoire, int_residence_stock, int_residence_accessibilite, int_ops_unite_territoire,
-- int_ops_unite, int_unite_composante, ref_commune_logement, param_execution.
-- Les indicateurs issus de l'OPS portent sur des ménages (soumis_secret) : ce sont les sommes des unités de
-- publication du territoire, et chacun porte les clés de secret de ses deux effectifs (forme_numerateur,
-- forme_denominateur : « ops:<année>:<niveau>:<territoire>:<effectif> »). Ceux du RPLS portent sur des logements.
-- Les décomptes de résidences par classe de fragilité sont faits par mart_territoire sur les classes publiées.
WITH stock AS (
    SELECT t.niveau, t.territoire, s.*, a.loyers_connus, a.accessibles, a.loyer_m2, a.classe_accessibilite
    FROM int_residence_territoire t
    JOIN int_residence_stock s USING (residence_id)
    JOIN int_residence_accessibilite a USING (residence_id)
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
    UNION ALL SELECT s.niveau, s.territoire, 'part_logements_sociaux_rp', sum(s.logements),
              min(r.rp2021_residences_principales)
              FROM stock s JOIN ref_commune_logement r ON r.code_insee = s.territoire
              WHERE s.niveau = 'commune' GROUP BY ALL
),
ops AS (
    SELECT t.niveau, t.territoire, 'menages_repondants' AS indicateur, sum(u.repondants) AS numerateur,
           NULL AS denominateur, 'repondants' AS dim_num, NULL AS dim_den
    FROM int_ops_unite_territoire t JOIN int_ops_unite u USING (unite)
    GROUP BY ALL
    UNION ALL
    SELECT t.niveau, t.territoire, c.composante, sum(c.numerateur), sum(c.denominateur), c.dim_num, c.dim_den
    FROM int_ops_unite_territoire t JOIN int_unite_composante c USING (unite)
    WHERE c.source = 'OPS'
    GROUP BY ALL
)
SELECT niveau, territoire, indicateur, 'RPLS' AS source, false AS soumis_secret,
       CAST(numerateur AS BIGINT) AS numerateur, CAST(denominateur AS BIGINT) AS denominateur,
       CASE WHEN denominateur IS NULL THEN numerateur ELSE numerateur / nullif(denominateur, 0) END AS valeur,
       CAST(NULL AS VARCHAR) AS forme_numerateur, CAST(NULL AS VARCHAR) AS forme_denominateur
FROM rpls
UNION ALL
SELECT o.niveau, o.territoire, o.indicateur, 'OPS', true, CAST(o.numerateur AS BIGINT), CAST(o.denominateur AS BIGINT),
       CASE WHEN o.denominateur IS NULL THEN o.numerateur ELSE o.numerateur / nullif(o.denominateur, 0) END,
       'ops:' || e.annee_ops || ':' || o.niveau || ':' || o.territoire || ':' || o.dim_num,
       CASE WHEN o.dim_den IS NOT NULL THEN 'ops:' || e.annee_ops || ':' || o.niveau || ':' || o.territoire || ':'
            || o.dim_den END
FROM ops o
CROSS JOIN param_execution e
