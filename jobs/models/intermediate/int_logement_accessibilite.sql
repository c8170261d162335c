-- int_logement_accessibilite : pour chaque logement, le ménage cible de sa typologie, le loyer plafond de
-- l'APL de ce ménage (zone et date d'application retenues) et l'accessibilité du logement.
-- Entrées : stg_logement, param_typologie, int_plafond_menage, param_execution.
-- Formules : plafond = celui du ménage cible dans int_plafond_menage (personne seule, couple, ou « une personne à
-- charge » + (n − 1) × « par personne supplémentaire ») ; accessible = loyer principal + forfait de charges
-- ≤ plafond (inconnu sans loyer) ; accessible estimé (sans loyer, version publique) = financement PLAI ou
-- financement d'avant 1977.
SELECT
    l.residence_id,
    l.typologie,
    t.menage,
    p.plafond_apl,
    l.loyerprinc,
    l.surfhab,
    CASE WHEN l.loyerprinc IS NULL THEN NULL ELSE l.loyerprinc + e.forfait_charges <= p.plafond_apl END AS accessible,
    l.finan_groupe = 'PLAI' OR l.finan_avant_1977 AS accessible_estime
FROM stg_logement l
JOIN param_typologie t ON t.nbpiece = l.typologie_rang
JOIN int_plafond_menage p ON p.menage = t.menage AND p.personnes_a_charge = coalesce(t.personnes_a_charge, 0)
CROSS JOIN param_execution e
