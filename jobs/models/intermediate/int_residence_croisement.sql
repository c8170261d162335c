-- int_residence_croisement : le croisement demandé par la convention OPS (délibération du 22 juin 2023) :
-- où loger les ménages prioritaires sans concentrer la pauvreté ?
-- Entrées : int_residence_stock, int_residence_accessibilite, int_residence_fragilite.
-- Règle : « accessible et non fragile » = classe d'accessibilité « accessible aux ménages les plus modestes »
-- et occupation « équilibrée » ou « à surveiller » ; « accessible mais fragile » ; « peu ou partiellement
-- accessible » ; « occupation non renseignée » quand la résidence n'a pas de données OPS.
SELECT
    s.residence_id,
    a.classe_accessibilite,
    f.classe_fragilite,
    CASE WHEN f.classe_fragilite IS NULL THEN 'occupation non renseignée'
         WHEN a.classe_accessibilite <> 'accessible aux ménages les plus modestes' THEN 'peu ou partiellement accessible'
         WHEN f.classe_fragilite = 'fragile' THEN 'accessible mais fragile'
         ELSE 'accessible et non fragile' END AS croisement
FROM int_residence_stock s
JOIN int_residence_accessibilite a USING (residence_id)
LEFT JOIN int_residence_fragilite f USING (residence_id)
