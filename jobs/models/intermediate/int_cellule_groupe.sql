-- int_cellule_groupe : les relations additives entre cases (un total et ses parties). Si une seule case d'un
-- groupe était masquée, on la retrouverait par soustraction : le secret secondaire en masque alors une autre.
-- Groupes : résidences et commune (commune:<code>:<indicateur>) ; communes et métropole (epci:…) ; QPV, hors QPV
-- et métropole (partition_qpv:…) ; composantes d'un même indice composite (composite:<résidence>) ; mois et
-- année (annee:…) ; mois et cumul glissant de 12 mois (glissant:…) ; mois et cumul de l'année pour un objectif
-- (cumul:…).
-- Entrées : int_residence_stock, stg_ops_residence, int_residence_composante, int_territoire_indicateur,
-- int_serie_mensuelle, int_serie_annuelle, int_objectif, int_territoire_evolution, param_territoire.
WITH residence AS (
    SELECT s.residence_id, s.depcom FROM int_residence_stock s
),
epci AS (
    SELECT code_insee, epci_siren FROM param_territoire
)
SELECT 'res:' || o.residence_id || ':menages_repondants' AS cellule_id,
       'commune:' || r.depcom || ':menages_repondants' AS groupe
FROM stg_ops_residence o JOIN residence r USING (residence_id)
UNION ALL
SELECT 'res:' || c.residence_id || ':' || c.composante, 'commune:' || r.depcom || ':' || c.composante
FROM int_residence_composante c JOIN residence r USING (residence_id) WHERE c.source = 'OPS'
UNION ALL
SELECT 'res:' || c.residence_id || ':' || c.composante, 'composite:' || c.residence_id
FROM int_residence_composante c WHERE c.source = 'OPS'
UNION ALL
SELECT 'ter:commune:' || t.territoire || ':' || t.indicateur, 'commune:' || t.territoire || ':' || t.indicateur
FROM int_territoire_indicateur t WHERE t.niveau = 'commune' AND t.soumis_secret
UNION ALL
SELECT 'ter:commune:' || t.territoire || ':' || t.indicateur, 'epci:' || e.epci_siren || ':' || t.indicateur
FROM int_territoire_indicateur t JOIN epci e ON e.code_insee = t.territoire
WHERE t.niveau = 'commune' AND t.soumis_secret
UNION ALL
SELECT 'ter:epci:' || t.territoire || ':' || t.indicateur, 'epci:' || t.territoire || ':' || t.indicateur
FROM int_territoire_indicateur t WHERE t.niveau = 'epci' AND t.soumis_secret
UNION ALL
SELECT 'ter:' || t.niveau || ':' || t.territoire || ':' || t.indicateur,
       'partition_qpv:' || (SELECT min(epci_siren) FROM param_territoire) || ':' || t.indicateur
FROM int_territoire_indicateur t WHERE t.niveau IN ('qpv', 'hors_qpv', 'epci') AND t.soumis_secret
UNION ALL
SELECT 'mois:' || indicateur || ':' || territoire || ':' || mois, 'annee:' || indicateur || ':' || territoire || ':' || annee
FROM int_serie_mensuelle WHERE soumis_secret AND agregation_annuelle IN ('somme', 'moyenne')
UNION ALL
SELECT 'an:' || indicateur || ':' || territoire || ':' || annee, 'annee:' || indicateur || ':' || territoire || ':' || annee
FROM int_serie_annuelle WHERE soumis_secret AND agregation_annuelle IN ('somme', 'moyenne')
UNION ALL
SELECT 'mois:' || b.indicateur || ':' || b.territoire || ':' || b.mois,
       'glissant:' || a.indicateur || ':' || a.territoire || ':' || a.mois
FROM int_serie_mensuelle a
JOIN int_serie_mensuelle b ON b.indicateur = a.indicateur AND b.territoire = a.territoire
 AND b.annee * 12 + b.mois_numero BETWEEN a.annee * 12 + a.mois_numero - 11 AND a.annee * 12 + a.mois_numero
WHERE a.soumis_secret AND a.unite <> '%' AND a.unite <> 'jours'
UNION ALL
SELECT 'glissant:' || indicateur || ':' || territoire || ':' || mois, 'glissant:' || indicateur || ':' || territoire || ':' || mois
FROM int_serie_mensuelle WHERE soumis_secret AND unite <> '%' AND unite <> 'jours'
UNION ALL
SELECT 'mois:' || s.indicateur || ':' || s.territoire || ':' || s.mois, 'cumul:' || o.indicateur || ':' || o.territoire || ':' || o.annee
FROM int_objectif o
JOIN int_serie_mensuelle s ON s.indicateur = o.indicateur AND s.territoire = o.territoire AND s.annee = o.annee
 AND s.mois_numero <= o.mois_ecoules
WHERE o.soumis_secret AND o.nature = 'flux' AND o.periodicite = 'mensuelle'
UNION ALL
SELECT 'objectif:' || indicateur || ':' || territoire || ':' || annee, 'cumul:' || indicateur || ':' || territoire || ':' || annee
FROM int_objectif WHERE soumis_secret AND nature = 'flux' AND periodicite = 'mensuelle'
UNION ALL
SELECT 'evo:' || v.niveau || ':' || v.territoire || ':' || v.indicateur || ':' || v.annee,
       'evo_epci:' || coalesce(e.epci_siren, v.territoire) || ':' || v.indicateur || ':' || v.annee
FROM int_territoire_evolution v LEFT JOIN epci e ON v.niveau = 'commune' AND e.code_insee = v.territoire
WHERE v.soumis_secret
