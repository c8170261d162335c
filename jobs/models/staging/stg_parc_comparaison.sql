-- stg_parc_comparaison : le parc effectif chargé au millésime RPLS retenu, dans le territoire de l'observatoire et
-- au-delà (toutes les communes du fichier : département, région, France), compté par commune et par modalité, pour
-- comparer la métropole aux territoires plus larges comme le font les publications régionales du RPLS. Des
-- logements (données publiques du RPLS), pas des ménages.
-- Entrées : rpls_logement_effectif, ref_departement, param_territoire, param_execution.
-- Formules : typologie T1 à T5+ (NBPIECE) ; financement PLAI, PLUS, PLS, PLI, « avant 1977 » (financements HLM
-- d'avant 1977), « autre » ; étiquette DPE énergie A à G, « inconnue » sans DPE ; logements « loi » = lignes de la
-- version loi (qui porte les loyers) ; loyer connu = loyer principal renseigné (version loi, logement loué tout le
-- mois de janvier) et surface habitable positive.
SELECT
    l.depcom,
    l.dep,
    coalesce(l.reg, d.region) AS reg,
    l.depcom IN (SELECT code_insee FROM param_territoire) AS dans_territoire,
    CASE WHEN l.nbpiece >= 5 THEN 'T5+' ELSE 'T' || greatest(coalesce(l.nbpiece, 1), 1) END AS typologie,
    CASE WHEN l.finan_avant_1977 THEN 'avant 1977'
         WHEN l.finan_groupe IN ('PLAI', 'PLUS', 'PLS', 'PLI') THEN l.finan_groupe
         ELSE 'autre' END AS financement,
    CASE WHEN l.dpeenergie IN ('A', 'B', 'C', 'D', 'E', 'F', 'G') THEN l.dpeenergie ELSE 'inconnue' END AS dpe,
    count(*) AS logements,
    count(*) FILTER (WHERE l.variante = 'loi') AS logements_loi,
    count(*) FILTER (WHERE l.loyerprinc IS NOT NULL AND l.surfhab > 0) AS logements_loyer,
    coalesce(sum(l.loyerprinc) FILTER (WHERE l.loyerprinc IS NOT NULL AND l.surfhab > 0), 0) AS loyers,
    coalesce(sum(l.surfhab) FILTER (WHERE l.loyerprinc IS NOT NULL AND l.surfhab > 0), 0) AS surfaces_louees
FROM rpls_logement_effectif l
LEFT JOIN ref_departement d ON d.code = l.dep
WHERE l.millesime = (SELECT millesime_rpls FROM param_execution)
GROUP BY ALL
ORDER BY ALL
