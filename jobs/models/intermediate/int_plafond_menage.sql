-- int_plafond_menage : le loyer plafond de l'APL de chaque composition de ménage que « Trouver une résidence »
-- propose (personne seule, couple sans personne à charge, une à six personnes à charge), pour la zone et la date
-- d'application retenues.
-- Entrées : param_plafond_apl, param_execution.
-- Formule : personne seule ; couple ; « une personne à charge » + (n − 1) × « par personne supplémentaire »
-- (arrêté du 27 septembre 2019 modifié, art. 7), comme int_logement_accessibilite pour le ménage cible.
WITH plafond AS (
    SELECT p.*
    FROM param_plafond_apl p, param_execution e
    WHERE p.zone = e.zone_apl
      AND p.date_application = (SELECT max(q.date_application) FROM param_plafond_apl q
                                WHERE q.zone = e.zone_apl AND q.date_application <= e.date_reference)
),
menages AS (
    SELECT * FROM (VALUES ('personne_seule', 0), ('couple', 0)) AS m(menage, personnes_a_charge)
    UNION ALL
    SELECT 'personnes_a_charge', n FROM range(1, 7) AS r(n)
)
SELECT
    m.menage,
    CAST(m.personnes_a_charge AS INTEGER) AS personnes_a_charge,
    CASE WHEN m.menage = 'personne_seule' THEN p.personne_seule
         WHEN m.menage = 'couple' THEN p.couple
         ELSE p.une_personne_a_charge + (m.personnes_a_charge - 1) * p.par_personne_supplementaire END AS plafond_apl
FROM menages m
CROSS JOIN plafond p
