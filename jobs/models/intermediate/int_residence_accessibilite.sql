-- int_residence_accessibilite : accessibilité de chaque résidence aux ménages les plus modestes.
-- Entrées : int_logement_accessibilite, param_execution.
-- Formules : avec les loyers (version loi), part accessible = logements dont le loyer (+ forfait) ne dépasse
-- pas le plafond APL du ménage cible ÷ logements au loyer connu ; loyer au m² = Σ loyers ÷ Σ surfaces,
-- rapporté à la médiane des résidences de la métropole. Sans loyer (version publique) : estimation par le
-- financement (part de PLAI et de financements d'avant 1977), signalée « estimation ».
-- Classe : part ≥ accessible_min « accessible aux ménages les plus modestes » ; ≥ partiel_min
-- « partiellement accessible » ; sinon « peu accessible ».
WITH par_residence AS (
    SELECT
        residence_id,
        count(*) AS logements,
        count(loyerprinc) AS loyers_connus,
        count(*) FILTER (WHERE accessible) AS accessibles,
        count(*) FILTER (WHERE accessible_estime) AS accessibles_estimes,
        sum(loyerprinc) / nullif(sum(surfhab) FILTER (WHERE loyerprinc IS NOT NULL), 0) AS loyer_m2
    FROM int_logement_accessibilite
    GROUP BY residence_id
),
methode AS (
    SELECT *,
        CASE WHEN loyers_connus > 0 THEN 'loyers' ELSE 'estimation' END AS methode,
        CASE WHEN loyers_connus > 0 THEN accessibles / loyers_connus
             ELSE accessibles_estimes / logements END AS part_accessible
    FROM par_residence
)
SELECT
    m.*,
    round(median(m.loyer_m2) OVER (), 4) AS loyer_m2_median_epci,
    round(m.loyer_m2 / median(m.loyer_m2) OVER (), 4) AS loyer_m2_indice,
    CASE WHEN m.part_accessible >= e.accessible_min THEN 'accessible aux ménages les plus modestes'
         WHEN m.part_accessible >= e.partiel_min THEN 'partiellement accessible'
         ELSE 'peu accessible' END AS classe_accessibilite
FROM methode m
CROSS JOIN param_execution e
