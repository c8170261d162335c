-- mart_residence_typologie : pour chaque résidence et chaque typologie de ses logements (T1 à T5 et plus), le
-- nombre de logements, de logements accessibles aux personnes à mobilité réduite (PMR) et de logements au loyer
-- connu ; puis, pour chaque composition de ménage (personne seule, couple, une à six personnes à charge), le
-- nombre de ces logements dont le loyer principal plus le forfait de charges ne dépasse pas le loyer plafond de
-- l'APL de ce ménage, dont ceux accessibles PMR. C'est ce que lit « Trouver une résidence » dans l'atlas.
-- Ce sont des décomptes de logements du RPLS, pas de ménages : ils ne reposent pas sur l'enquête OPS.
-- Le rez-de-chaussée n'est pas connu tant que l'étage (ETAGE du RPLS) n'est pas chargé : colonnes vides.
-- Entrées : stg_logement, int_plafond_menage, param_execution.
-- Formule : accessible pour un ménage = loyer principal + forfait de charges ≤ plafond APL du ménage (comme
-- int_logement_accessibilite) ; sans loyer connu, le logement n'est compté accessible pour aucun ménage.
WITH logements AS (
    SELECT l.residence_id, l.typologie, l.typologie_rang, l.pmr, l.loyerprinc, e.forfait_charges
    FROM stg_logement l
    CROSS JOIN param_execution e
),
typologies AS (
    SELECT residence_id, typologie, typologie_rang,
           count(*) AS logements,
           count(*) FILTER (WHERE pmr) AS logements_pmr,
           count(loyerprinc) AS logements_loyer_connu
    FROM logements
    GROUP BY ALL
),
accessibles AS (
    SELECT l.residence_id, l.typologie, p.menage, p.personnes_a_charge, p.plafond_apl,
           count(*) FILTER (WHERE l.loyerprinc + l.forfait_charges <= p.plafond_apl) AS logements_accessibles,
           count(*) FILTER (WHERE l.loyerprinc + l.forfait_charges <= p.plafond_apl AND l.pmr) AS logements_accessibles_pmr
    FROM logements l
    CROSS JOIN int_plafond_menage p
    GROUP BY ALL
)
SELECT
    t.residence_id,
    t.typologie,
    t.typologie_rang,
    t.logements,
    t.logements_pmr,
    t.logements_loyer_connu,
    a.menage,
    a.personnes_a_charge,
    a.plafond_apl,
    CASE WHEN t.logements_loyer_connu > 0 THEN a.logements_accessibles END AS logements_accessibles,
    CASE WHEN t.logements_loyer_connu > 0 THEN a.logements_accessibles_pmr END AS logements_accessibles_pmr,
    CAST(NULL AS BIGINT) AS logements_accessibles_rdc,
    CAST(NULL AS BIGINT) AS logements_accessibles_pmr_rdc,
    e.version_methode,
    e.millesime_rpls
FROM typologies t
JOIN accessibles a USING (residence_id, typologie)
CROSS JOIN param_execution e
ORDER BY t.residence_id, t.typologie_rang, a.personnes_a_charge, a.menage
