-- mart_unite_occupation : les unités de publication de l'occupation (OPS) : une résidence d'au moins « seuil »
-- ménages répondants, ou un groupe documenté de petites résidences voisines de la même commune et du même côté d'une
-- limite de QPV, dont les chiffres sont ceux du groupe. Pour chacune, ce que le secret statistique laisse publier :
-- ménages répondants, indice composite (deux décimales), composante principale, classe de fragilité. « s » (secret)
-- marque ce qui est calculé mais masqué. Les unités « non publiée » (un côté de commune sous le seuil) et celles que
-- le secret a dû retirer (aucune de leurs valeurs ne pouvait être protégée) ne sont pas publiées.
-- Entrées : int_ops_unite, int_unite_fragilite, secret_forme, secret_unite, param_execution.
SELECT
    u.unite,
    u.nature,
    u.nature = 'groupe' AS occupation_de_groupe,
    u.depcom,
    u.libcom,
    u.qpv_code,
    u.en_qpv,
    u.residences,
    u.residences_liste,
    u.logements,
    CASE WHEN r.publiee THEN u.repondants END AS menages_repondants,
    CASE WHEN r.publiee AND k.indice_publie THEN round(f.indice_composite, 2) END AS indice_composite,
    CASE WHEN r.publiee AND k.principale_publiee THEN f.composante_principale END AS composante_principale,
    CASE WHEN r.publiee AND k.classe_publiee THEN f.classe_fragilite END AS classe_fragilite,
    CASE WHEN f.classe_fragilite IS NOT NULL AND NOT (r.publiee AND k.classe_publiee) THEN 's' END AS secret_fragilite,
    CASE WHEN f.classe_fragilite IS NOT NULL AND r.publiee AND k.classe_publiee AND NOT k.indice_publie THEN 's' END
        AS secret_indice,
    e.annee_ops,
    e.version_methode
FROM int_ops_unite u
LEFT JOIN int_unite_fragilite f USING (unite)
LEFT JOIN secret_forme r ON r.forme = u.forme_repondants
LEFT JOIN secret_unite k ON k.unite = u.unite
CROSS JOIN param_execution e
WHERE u.nature <> 'non publiée' AND NOT coalesce(k.retiree, false)
ORDER BY u.depcom, u.unite
