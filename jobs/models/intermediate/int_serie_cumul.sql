-- int_serie_cumul : pour chaque flux mensuel, le cumul de l'année en cours depuis janvier jusqu'au mois de la
-- période, et celui des mêmes mois de l'année précédente, pour comparer ; les mêmes cumuls arrêtés à la fin du
-- dernier trimestre complet, publiés quand la série l'est par trimestre (secret statistique). Chaque cumul porte
-- sa clé de secret.
-- Entrées : int_serie_mensuelle, param_execution.
WITH periode AS (
    SELECT annee, CAST(right(periode, 2) AS INTEGER) AS mois_numero, periode,
           (CAST(right(periode, 2) AS INTEGER) // 3) * 3 AS fin_trimestre FROM param_execution
)
SELECT
    s.indicateur,
    s.territoire,
    p.annee,
    p.mois_numero AS mois_fin,
    p.fin_trimestre AS mois_fin_trimestre,
    sum(s.valeur) FILTER (WHERE s.annee = p.annee) AS cumul,
    sum(s.valeur) FILTER (WHERE s.annee = p.annee - 1) AS cumul_annee_precedente,
    sum(s.valeur) FILTER (WHERE s.annee = p.annee AND s.mois_numero <= p.fin_trimestre) AS cumul_trimestre,
    sum(s.valeur) FILTER (WHERE s.annee = p.annee - 1 AND s.mois_numero <= p.fin_trimestre)
        AS cumul_trimestre_annee_precedente,
    count(*) FILTER (WHERE s.annee = p.annee) AS mois_renseignes,
    count(*) FILTER (WHERE s.annee = p.annee - 1) AS mois_renseignes_annee_precedente,
    list(s.mois ORDER BY s.mois) FILTER (WHERE s.annee = p.annee) AS mois_cumul,
    list(s.mois ORDER BY s.mois) FILTER (WHERE s.annee = p.annee - 1) AS mois_cumul_precedent,
    list(s.mois ORDER BY s.mois) FILTER (WHERE s.annee = p.annee AND s.mois_numero <= p.fin_trimestre)
        AS mois_cumul_trimestre,
    list(s.mois ORDER BY s.mois) FILTER (WHERE s.annee = p.annee - 1 AND s.mois_numero <= p.fin_trimestre)
        AS mois_cumul_trimestre_precedent,
    bool_or(s.soumis_secret) AS soumis_secret,
    'serie:' || s.indicateur || ':' || s.territoire || ':cumul:' || p.periode AS forme_cumul,
    'serie:' || s.indicateur || ':' || s.territoire || ':cumul_precedent:' || p.periode AS forme_cumul_precedent,
    'serie:' || s.indicateur || ':' || s.territoire || ':cumul_trimestre:' || p.annee || '-T' || (p.fin_trimestre // 3)
        AS forme_cumul_trimestre,
    'serie:' || s.indicateur || ':' || s.territoire || ':cumul_trimestre_precedent:' || p.annee || '-T'
        || (p.fin_trimestre // 3) AS forme_cumul_trimestre_precedent
FROM int_serie_mensuelle s
CROSS JOIN periode p
WHERE s.nature = 'flux' AND s.annee >= p.annee - 1
  AND (s.annee = p.annee OR s.mois_numero <= p.mois_numero)
GROUP BY s.indicateur, s.territoire, p.annee, p.mois_numero, p.fin_trimestre, p.periode
