-- int_residence_composante : les composantes de fragilité de chaque résidence, une ligne par composante,
-- avec la part de la résidence, la même part dans la métropole (référence) et leur rapport (indice).
-- Entrées : stg_ops_residence (OPS de l'année retenue), int_residence_stock (RPLS, version loi), param_composante.
-- Formules : part = numérateur ÷ dénominateur ; référence = Σ numérateurs ÷ Σ dénominateurs des résidences de
-- la métropole ; indice = part ÷ référence (1 = comme la métropole).
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
    SELECT residence_id, 'tres_bas_revenus' AS composante, rev_moins_20 AS numerateur, repondants AS denominateur,
           'OPS' AS source FROM stg_ops_residence
    UNION ALL SELECT residence_id, 'eligibles_plai', rev_moins_60, repondants, 'OPS' FROM stg_ops_residence
    UNION ALL SELECT residence_id, 'beneficiaires_apl', menages_apl, repondants, 'OPS' FROM stg_ops_residence
    UNION ALL SELECT residence_id, 'adultes_sans_emploi', adultes_sans_emploi, adultes, 'OPS' FROM stg_ops_residence
    UNION ALL SELECT residence_id, 'familles_monoparentales', familles_monoparentales, repondants, 'OPS'
              FROM stg_ops_residence
    UNION ALL SELECT residence_id, 'familles_nombreuses', familles_nombreuses, repondants, 'OPS' FROM stg_ops_residence
    UNION ALL SELECT residence_id, 'emmenages_pauvres', em_rev_moins_20, em_repondants, 'OPS' FROM stg_ops_residence
    UNION ALL SELECT residence_id, 'vacance', vacants_3_mois, loues_ou_vacants, 'RPLS'
              FROM int_residence_stock WHERE loi_disponible
    UNION ALL SELECT residence_id, 'mobilite', emmenagements_annee, loues_depuis_annee, 'RPLS'
              FROM int_residence_stock WHERE loi_disponible
),
reference AS (
    SELECT composante, sum(numerateur) / nullif(sum(denominateur), 0) AS part_reference
    FROM brut
    WHERE residence_id IN (SELECT residence_id FROM int_residence_stock)
    GROUP BY composante
)
SELECT
    b.residence_id,
    b.composante,
    p.libelle,
    p.poids,
    p.rang,
    b.source,
    b.numerateur,
    b.denominateur,
    b.numerateur / nullif(b.denominateur, 0) AS part,
    r.part_reference,
    (b.numerateur / nullif(b.denominateur, 0)) / nullif(r.part_reference, 0) AS indice
FROM brut b
JOIN reference r USING (composante)
JOIN param_composante p ON p.code = b.composante
WHERE b.residence_id IN (SELECT residence_id FROM int_residence_stock)
