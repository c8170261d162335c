-- int_unite_composante : les composantes de fragilité de chaque unité de publication de l'occupation, une ligne
-- par composante, avec la part de l'unité, la même part dans la métropole (référence) et leur rapport (indice),
-- et les clés de secret des deux effectifs sur lesquels reposent la part (forme_numerateur, forme_denominateur) et la
-- référence (forme_reference_*).
-- Entrées : int_ops_unite, param_composante, param_execution.
-- Formules : part = numérateur ÷ dénominateur ; référence = Σ numérateurs ÷ Σ dénominateurs de toutes les unités
-- du territoire (y compris les unités non publiées) ; indice = part ÷ référence (1 = comme la métropole).
--   tres_bas_revenus        ménages < 20 % des plafonds PLUS ÷ ménages répondants
--   eligibles_plai          ménages < 60 % des plafonds PLUS ÷ ménages répondants
--   beneficiaires_apl       ménages APL/AL ÷ ménages répondants
--   adultes_sans_emploi     adultes demandeurs d'emploi ou inactifs ÷ adultes
--   familles_monoparentales familles monoparentales ÷ ménages répondants
--   familles_nombreuses     familles nombreuses ÷ ménages répondants
--   emmenages_pauvres       emménagés récents < 20 % des plafonds ÷ emménagés récents répondants
--   vacance                 logements vacants depuis plus de 3 mois ÷ logements loués ou vacants (RPLS loi)
--   mobilite                emménagements de l'année ÷ logements loués depuis le début de l'année (RPLS loi)
WITH brut AS (
    SELECT unite, 'tres_bas_revenus' AS composante, 'rev_moins_20' AS dim_num, 'repondants' AS dim_den,
           rev_moins_20 AS numerateur, repondants AS denominateur, 'OPS' AS source FROM int_ops_unite
    UNION ALL SELECT unite, 'eligibles_plai', 'rev_moins_60', 'repondants', rev_moins_60, repondants, 'OPS'
              FROM int_ops_unite
    UNION ALL SELECT unite, 'beneficiaires_apl', 'menages_apl', 'repondants', menages_apl, repondants, 'OPS'
              FROM int_ops_unite
    UNION ALL SELECT unite, 'adultes_sans_emploi', 'adultes_sans_emploi', 'adultes', adultes_sans_emploi, adultes,
              'OPS' FROM int_ops_unite
    UNION ALL SELECT unite, 'familles_monoparentales', 'familles_monoparentales', 'repondants',
              familles_monoparentales, repondants, 'OPS' FROM int_ops_unite
    UNION ALL SELECT unite, 'familles_nombreuses', 'familles_nombreuses', 'repondants', familles_nombreuses,
              repondants, 'OPS' FROM int_ops_unite
    UNION ALL SELECT unite, 'emmenages_pauvres', 'em_rev_moins_20', 'em_repondants', em_rev_moins_20, em_repondants,
              'OPS' FROM int_ops_unite
    UNION ALL SELECT unite, 'vacance', NULL, NULL, vacants_3_mois, loues_ou_vacants, 'RPLS'
              FROM int_ops_unite WHERE loi_disponible
    UNION ALL SELECT unite, 'mobilite', NULL, NULL, emmenagements_annee, loues_depuis_annee, 'RPLS'
              FROM int_ops_unite WHERE loi_disponible
),
reference AS (
    SELECT composante, sum(numerateur) / nullif(sum(denominateur), 0) AS part_reference
    FROM brut
    GROUP BY composante
)
SELECT
    b.unite,
    b.composante,
    p.libelle,
    p.poids,
    p.rang,
    b.source,
    b.dim_num,
    b.dim_den,
    CAST(b.numerateur AS BIGINT) AS numerateur,
    CAST(b.denominateur AS BIGINT) AS denominateur,
    b.numerateur / nullif(b.denominateur, 0) AS part,
    r.part_reference,
    (b.numerateur / nullif(b.denominateur, 0)) / nullif(r.part_reference, 0) AS indice,
    CASE WHEN b.source = 'OPS' THEN 'ops:' || e.annee_ops || ':unite:' || b.unite || ':' || b.dim_num END
        AS forme_numerateur,
    CASE WHEN b.source = 'OPS' THEN 'ops:' || e.annee_ops || ':unite:' || b.unite || ':' || b.dim_den END
        AS forme_denominateur,
    CASE WHEN b.source = 'OPS' THEN 'ops:' || e.annee_ops || ':epci:' || u.epci_siren || ':' || b.dim_num END
        AS forme_reference_numerateur,
    CASE WHEN b.source = 'OPS' THEN 'ops:' || e.annee_ops || ':epci:' || u.epci_siren || ':' || b.dim_den END
        AS forme_reference_denominateur
FROM brut b
JOIN int_ops_unite u USING (unite)
JOIN reference r USING (composante)
JOIN param_composante p ON p.code = b.composante
CROSS JOIN param_execution e
