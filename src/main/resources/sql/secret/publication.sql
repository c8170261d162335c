-- Every published cell that rests on households or people, as the marts show it: published (a value is
-- shown) or masked (NULL with a secrecy reason). Used by the self-check « verifier-secret ».
CREATE OR REPLACE TEMP VIEW secret_publication AS
SELECT cellule_id, bool_or(publiee) AS publiee, bool_or(masquee) AS masquee, string_agg(DISTINCT mart, ', ') AS marts
FROM (
    SELECT 'mart_territoire' AS mart, 'ter:' || niveau || ':' || territoire || ':' || indicateur AS cellule_id,
           valeur IS NOT NULL AS publiee, secret IS NOT NULL AS masquee FROM mart_territoire
    UNION ALL
    SELECT 'mart_residence_composante', 'res:' || residence_id || ':' || composante, part IS NOT NULL, secret IS NOT NULL
    FROM mart_residence_composante
    UNION ALL
    SELECT 'mart_residence', 'res:' || residence_id || ':classe_fragilite',
           classe_fragilite IS NOT NULL OR indice_composite IS NOT NULL, secret_fragilite IS NOT NULL FROM mart_residence
    UNION ALL
    SELECT 'mart_residence', 'res:' || residence_id || ':menages_repondants', menages_repondants IS NOT NULL,
           secret_menages_repondants IS NOT NULL FROM mart_residence
    UNION ALL
    SELECT 'mart_serie_mensuelle', 'mois:' || indicateur || ':' || territoire || ':' || mois, valeur IS NOT NULL,
           secret IS NOT NULL FROM mart_serie_mensuelle
    UNION ALL
    SELECT 'mart_serie_mensuelle', 'glissant:' || indicateur || ':' || territoire || ':' || mois,
           coalesce(cumul_12_mois, moyenne_12_mois) IS NOT NULL, secret_12_mois IS NOT NULL FROM mart_serie_mensuelle
    UNION ALL
    SELECT 'mart_serie_annuelle', 'an:' || indicateur || ':' || territoire || ':' || annee, valeur IS NOT NULL,
           secret IS NOT NULL FROM mart_serie_annuelle
    UNION ALL
    SELECT 'mart_objectif', 'objectif:' || indicateur || ':' || territoire || ':' || annee, realise IS NOT NULL,
           secret IS NOT NULL FROM mart_objectif
    UNION ALL
    SELECT 'mart_territoire_evolution', 'evo:' || niveau || ':' || territoire || ':' || indicateur || ':' || annee,
           valeur IS NOT NULL, secret IS NOT NULL AND valeur IS NULL FROM mart_territoire_evolution
    UNION ALL
    SELECT 'mart_regle_25', 'an:attributions_hors_qpv_q1:' || territoire || ':' || annee, attributions_q1 IS NOT NULL,
           secret IS NOT NULL FROM mart_regle_25
    UNION ALL
    SELECT 'mart_regle_25', 'an:attributions_hors_qpv_total:' || territoire || ':' || annee,
           attributions_total IS NOT NULL, secret IS NOT NULL FROM mart_regle_25
)
GROUP BY cellule_id;
