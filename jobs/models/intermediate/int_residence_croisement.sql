-- int_residence_croisement : le croisement demandé par la convention OPS (délibération du 22 juin 2023) :
-- où loger les ménages prioritaires sans concentrer la pauvreté ? L'accessibilité est celle de la résidence
-- (RPLS) ; l'occupation, celle de son unité de publication (la résidence, ou son groupe de petites résidences).
-- Entrées : int_residence_stock, int_residence_accessibilite, int_unite_occupation, int_unite_fragilite.
-- Règle : « accessible et non fragile » = classe d'accessibilité « accessible aux ménages les plus modestes » et
-- occupation « équilibrée » ou « à surveiller » (l'atlas distingue les deux par la classe) ; « accessible mais
-- fragile » ; « peu ou partiellement accessible » ; « occupation non renseignée » quand l'unité n'a pas de
-- classe (pas d'enquête OPS) ; « occupation couverte par le secret statistique » quand elle a été enquêtée mais que
-- son unité n'est pas publiable (commune de moins de « seuil » ménages répondants, côté de commune sous le seuil).
SELECT
    s.residence_id,
    u.unite,
    a.classe_accessibilite,
    f.classe_fragilite,
    CASE WHEN f.classe_fragilite IS NULL AND u.unite IS NOT NULL THEN 'occupation couverte par le secret statistique'
         WHEN f.classe_fragilite IS NULL THEN 'occupation non renseignée'
         WHEN a.classe_accessibilite <> 'accessible aux ménages les plus modestes' THEN 'peu ou partiellement accessible'
         WHEN f.classe_fragilite = 'fragile' THEN 'accessible mais fragile'
         ELSE 'accessible et non fragile' END AS croisement
FROM int_residence_stock s
JOIN int_residence_accessibilite a USING (residence_id)
LEFT JOIN int_unite_occupation u USING (residence_id)
LEFT JOIN int_unite_fragilite f ON f.unite = u.unite
