-- int_logement_accessibilite : pour chaque logement, le ménage cible de sa typologie, le loyer plafond de
-- l'APL de ce ménage (zone et date d'application retenues) et l'accessibilité du logement.
-- Entrées : stg_logement, param_typologie, param_plafond_apl, param_execution.
-- Formules : plafond = personne seule, couple, ou « une personne à charge » + (n − 1) × « par personne
-- supplémentaire » ; accessible = loyer principal + forfait de charges ≤ plafond (inconnu sans loyer) ;
-- accessible estimé (sans loyer, version publique) = financement PLAI ou financement d'avant 1977.
WITH plafond AS (
    SELECT p.*
    FROM param_plafond_apl p, param_execution e
    WHERE p.zone = e.zone_apl
      AND p.date_application = (SELECT max(q.date_application) FROM param_plafond_apl q
                                WHERE q.zone = e.zone_apl AND q.date_application <= e.date_reference)
)
SELECT
    l.residence_id,
    l.typologie,
    t.menage,
    CASE WHEN t.menage = 'personne_seule' THEN p.personne_seule
         WHEN t.menage = 'couple' THEN p.couple
         ELSE p.une_personne_a_charge + (t.personnes_a_charge - 1) * p.par_personne_supplementaire END AS plafond_apl,
    l.loyerprinc,
    l.surfhab,
    CASE WHEN l.loyerprinc IS NULL THEN NULL
         ELSE l.loyerprinc + e.forfait_charges <= CASE WHEN t.menage = 'personne_seule' THEN p.personne_seule
                                                       WHEN t.menage = 'couple' THEN p.couple
                                                       ELSE p.une_personne_a_charge
                                                            + (t.personnes_a_charge - 1) * p.par_personne_supplementaire END
    END AS accessible,
    l.finan_groupe = 'PLAI' OR l.finan_avant_1977 AS accessible_estime
FROM stg_logement l
JOIN param_typologie t ON t.nbpiece = l.typologie_rang
CROSS JOIN plafond p
CROSS JOIN param_execution e
