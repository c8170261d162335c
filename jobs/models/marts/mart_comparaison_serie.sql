-- mart_comparaison_serie : chaque mois publié des séries du sans-abrisme et du Logement d'abord, comparé au même
-- mois de l'année précédente de la même série (les deux sont dans la fenêtre publiée) : la valeur du mois et la
-- valeur sur 12 mois glissants (cumul pour un flux, moyenne pour un stock). Différences de valeurs publiées
-- seulement : une valeur couverte par le secret d'un côté ou de l'autre donne un écart vide.
-- Entrées : mart_serie_mensuelle.
-- Formules : écart = valeur − valeur un an avant ; évolution relative = valeur ÷ valeur un an avant − 1 (arrondie à
-- 4 décimales), seulement pour un comptage (pas un taux) dont la valeur un an avant est positive.
SELECT
    s.indicateur,
    s.libelle,
    s.unite,
    s.nature,
    s.territoire,
    s.mois,
    p.mois AS mois_un_an_avant,
    s.valeur,
    p.valeur AS valeur_un_an_avant,
    round(s.valeur - p.valeur, 6) AS ecart,
    CASE WHEN s.unite <> '%' AND p.valeur > 0 THEN round(s.valeur / p.valeur - 1, 4) END AS evolution_relative,
    coalesce(s.cumul_12_mois, s.moyenne_12_mois) AS valeur_12_mois,
    coalesce(p.cumul_12_mois, p.moyenne_12_mois) AS valeur_12_mois_un_an_avant,
    round(coalesce(s.cumul_12_mois, s.moyenne_12_mois) - coalesce(p.cumul_12_mois, p.moyenne_12_mois), 6)
        AS ecart_12_mois
FROM mart_serie_mensuelle s
JOIN mart_serie_mensuelle p
  ON p.indicateur = s.indicateur AND p.territoire = s.territoire
 AND p.mois = strftime(CAST(s.mois || '-01' AS DATE) - INTERVAL 12 MONTH, '%Y-%m')
ORDER BY s.indicateur, s.territoire, s.mois
