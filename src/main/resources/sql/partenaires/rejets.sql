-- Checks of a partner-count file staged in part_stg_controle: one line per refused value, with the reason.
-- rang_lie points to the other line of a duplicate key. getvariable('mois_courant') is the current month
-- in Europe/Paris (AAAA-MM).
SELECT rang, champ, valeur, motif, rang_lie FROM (
    SELECT rang, 'periode' AS champ, periode AS valeur,
           'période mal formée : AAAA-MM attendu (ex. 2026-10)' AS motif, CAST(NULL AS BIGINT) AS rang_lie
    FROM part_stg_controle WHERE NOT regexp_full_match(coalesce(trim(periode), ''), '[0-9]{4}-(0[1-9]|1[0-2])')
    UNION ALL
    SELECT rang, 'periode', periode, 'période dans le futur (mois courant : ' || getvariable('mois_courant') || ')', NULL
    FROM part_stg_controle
    WHERE regexp_full_match(coalesce(trim(periode), ''), '[0-9]{4}-(0[1-9]|1[0-2])')
      AND trim(periode) > getvariable('mois_courant')
    UNION ALL
    SELECT rang, 'indicateur', indicateur, 'indicateur inconnu du catalogue (jobs/catalogue-indicateurs.csv)', NULL
    FROM part_stg_controle WHERE coalesce(trim(indicateur), '') NOT IN (SELECT code FROM ref_indicateur)
    UNION ALL
    SELECT rang, 'partenaire', partenaire, 'partenaire manquant', NULL
    FROM part_stg_controle WHERE coalesce(trim(partenaire), '') = ''
    UNION ALL
    SELECT rang, 'territoire', territoire,
           'territoire inconnu : code commune INSEE, SIREN de l''EPCI ou code QPV attendu', NULL
    FROM part_stg_controle
    WHERE coalesce(trim(territoire), '') NOT IN (SELECT code_insee FROM ref_commune UNION ALL SELECT siren FROM ref_epci
                                                 UNION ALL SELECT code_qpv FROM ref_qpv)
    UNION ALL
    SELECT rang, 'valeur', valeur, 'valeur illisible : un nombre est attendu', NULL
    FROM part_stg_controle WHERE valeur_num IS NULL
    UNION ALL
    SELECT rang, 'valeur', valeur, 'valeur négative impossible', NULL
    FROM part_stg_controle WHERE valeur_num < 0
    UNION ALL
    SELECT s.rang, 'valeur', s.valeur, 'nombre entier attendu : l''indicateur est un compte (' || i.unite || ')', NULL
    FROM part_stg_controle s JOIN ref_indicateur i ON i.code = trim(s.indicateur)
    WHERE i.est_compte AND s.valeur_num IS NOT NULL AND s.valeur_num <> round(s.valeur_num)
    UNION ALL
    SELECT rang, 'indicateur', indicateur,
           'doublon : même période, partenaire, indicateur et territoire qu''à la ligne {ligne_liee}', rang_lie
    FROM (
        SELECT rang, indicateur,
               CASE WHEN rang = min(rang) OVER cle THEN max(rang) OVER cle ELSE min(rang) OVER cle END AS rang_lie,
               count(*) OVER cle AS n
        FROM part_stg_controle
        WINDOW cle AS (PARTITION BY trim(periode), trim(partenaire), trim(indicateur), trim(territoire))
    ) WHERE n > 1
) ORDER BY rang, champ
