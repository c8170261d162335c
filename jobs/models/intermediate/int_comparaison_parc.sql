-- int_comparaison_parc : le parc du territoire de l'observatoire et celui de ses départements, de ses régions et
-- de la France, tels que le RPLS chargé les couvre : une ligne par niveau, territoire, indicateur et modalité, avec
-- le nombre de logements et la base de la part. Un niveau plus large que le territoire n'est retenu que si le
-- fichier chargé contient des logements hors du niveau précédent (un département quand il y a des logements du
-- département hors du territoire, une région quand il y a d'autres départements de la région, la France quand il
-- y a d'autres régions) : sans cela la comparaison répéterait le territoire.
-- Entrées : stg_parc_comparaison, param_territoire.
-- Formules : part d'une typologie ou d'un financement = logements ÷ logements du territoire ; part d'une
-- étiquette DPE = logements ÷ logements au DPE connu ; part du DPE connu = logements au DPE connu ÷ logements ;
-- loyer au m² = somme des loyers principaux ÷ somme des surfaces habitables des logements au loyer connu (euros
-- par m² de surface habitable et par mois), publié si au moins 90 % des logements du niveau viennent de la version
-- « loi » du RPLS, la seule qui porte les loyers (sinon ce serait le loyer de la seule partie « loi » du niveau).
WITH perimetre AS (
    SELECT 'epci' AS niveau, 1 AS rang, min(epci_siren) AS territoire FROM param_territoire
    UNION ALL
    SELECT DISTINCT 'departement', 2, departement FROM param_territoire
    UNION ALL
    SELECT DISTINCT 'region', 3, region FROM param_territoire
    UNION ALL
    SELECT 'france', 4, 'FR'
),
logement AS (
    SELECT p.niveau, p.rang, p.territoire, s.*
    FROM perimetre p
    JOIN stg_parc_comparaison s
      ON (p.niveau = 'epci' AND s.dans_territoire)
      OR (p.niveau = 'departement' AND s.dep = p.territoire)
      OR (p.niveau = 'region' AND s.reg = p.territoire)
      OR p.niveau = 'france'
),
couvert AS (
    -- A wider level is kept only when it holds dwellings outside the narrower one.
    SELECT niveau, rang, territoire
    FROM logement
    GROUP BY ALL
    HAVING niveau = 'epci'
        OR (niveau = 'departement' AND bool_or(NOT dans_territoire))
        OR (niveau = 'region' AND count(DISTINCT dep) > (SELECT count(DISTINCT departement) FROM param_territoire))
        OR (niveau = 'france' AND count(DISTINCT reg) > (SELECT count(DISTINCT region) FROM param_territoire))
),
parc AS (
    SELECT l.* FROM logement l JOIN couvert USING (niveau, territoire)
),
total AS (
    SELECT niveau, rang, territoire,
           sum(logements) AS logements,
           coalesce(sum(logements) FILTER (WHERE dpe <> 'inconnue'), 0) AS dpe_connus,
           sum(logements_loi) AS logements_loi,
           sum(logements_loyer) AS logements_loyer,
           sum(loyers) AS loyers,
           sum(surfaces_louees) AS surfaces_louees,
           count(DISTINCT depcom) AS communes
    FROM parc
    GROUP BY ALL
),
modalites (theme, modalite) AS (
    VALUES ('typologie', 'T1'), ('typologie', 'T2'), ('typologie', 'T3'), ('typologie', 'T4'), ('typologie', 'T5+'),
           ('financement', 'PLAI'), ('financement', 'PLUS'), ('financement', 'PLS'), ('financement', 'PLI'),
           ('financement', 'avant 1977'), ('financement', 'autre'),
           ('dpe', 'A'), ('dpe', 'B'), ('dpe', 'C'), ('dpe', 'D'), ('dpe', 'E'), ('dpe', 'F'), ('dpe', 'G')
),
compte AS (
    SELECT niveau, territoire, 'typologie' AS theme, typologie AS modalite, sum(logements) AS logements FROM parc GROUP BY ALL
    UNION ALL
    SELECT niveau, territoire, 'financement', financement, sum(logements) FROM parc GROUP BY ALL
    UNION ALL
    SELECT niveau, territoire, 'dpe', dpe, sum(logements) FROM parc WHERE dpe <> 'inconnue' GROUP BY ALL
),
modalite AS (
    -- Every modality of every level, zero when the level has none of it.
    SELECT t.niveau, t.territoire, m.theme, m.modalite, coalesce(c.logements, 0) AS logements
    FROM total t
    CROSS JOIN modalites m
    LEFT JOIN compte c USING (niveau, territoire, theme, modalite)
)
SELECT niveau, rang, territoire, 'parc' AS theme, 'logements' AS indicateur, CAST(NULL AS VARCHAR) AS modalite,
       CAST(logements AS BIGINT) AS logements, CAST(NULL AS BIGINT) AS base, CAST(logements AS DOUBLE) AS valeur,
       communes
FROM total
UNION ALL
SELECT niveau, rang, territoire, theme, theme, modalite, logements, base,
       CASE WHEN base > 0 THEN round(logements / base, 3) END, communes
FROM (
    SELECT t.niveau, t.rang, t.territoire, m.theme, m.modalite, m.logements, t.communes,
           CASE WHEN m.theme = 'dpe' THEN t.dpe_connus ELSE t.logements END AS base
    FROM modalite m
    JOIN total t USING (niveau, territoire)
)
UNION ALL
SELECT niveau, rang, territoire, 'dpe', 'dpe_connu', NULL, dpe_connus, logements,
       round(dpe_connus / logements, 3), communes
FROM total
UNION ALL
SELECT niveau, rang, territoire, 'loyer', 'loyer_m2', NULL, logements_loyer, logements,
       CASE WHEN logements_loi >= 0.9 * logements AND surfaces_louees > 0
            THEN round(loyers / surfaces_louees, 2) END,
       communes
FROM total
ORDER BY rang, territoire, theme, indicateur, modalite
