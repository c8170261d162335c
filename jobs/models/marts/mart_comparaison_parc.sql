-- mart_comparaison_parc : le parc social du territoire de l'observatoire comparé à celui de son département, de sa
-- région et de la France, comme dans les publications régionales du RPLS : logements, typologie (T1 à T5+),
-- financement, étiquettes DPE énergie, loyer au m² quand les loyers sont connus. Seuls les niveaux que le RPLS
-- chargé couvre au-delà du territoire y figurent. Des comptes de logements du RPLS public, pas de ménages : ils ne
-- relèvent pas du secret statistique (voir mart_comparaison_parc.yml).
-- Entrées : int_comparaison_parc, param_territoire, ref_departement, param_execution.
SELECT
    c.niveau,
    c.territoire,
    CASE c.niveau
        WHEN 'epci' THEN (SELECT min(epci_nom) FROM param_territoire)
        WHEN 'departement' THEN (SELECT min(d.nom) FROM ref_departement d WHERE d.code = c.territoire)
        WHEN 'region' THEN (SELECT min(d.region_nom) FROM ref_departement d WHERE d.region = c.territoire)
        ELSE 'France' END AS libelle,
    c.theme,
    c.indicateur,
    c.modalite,
    CASE c.modalite WHEN 'PLAI' THEN 1 WHEN 'PLUS' THEN 2 WHEN 'PLS' THEN 3 WHEN 'PLI' THEN 4
                    WHEN 'avant 1977' THEN 5 WHEN 'autre' THEN 6 ELSE 0 END AS ordre,
    c.logements,
    c.base,
    c.valeur,
    c.communes,
    e.version_methode,
    e.millesime_rpls
FROM int_comparaison_parc c
CROSS JOIN param_execution e
ORDER BY c.rang, c.territoire, c.theme, c.indicateur, ordre, c.modalite
