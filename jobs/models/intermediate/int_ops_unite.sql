-- int_ops_unite : les unités de publication de l'occupation et leurs réponses à l'enquête OPS retenue. Une unité
-- est une résidence d'au moins « seuil » ménages répondants, ou un groupe de petites résidences voisines de la même
-- commune et du même côté d'une limite de QPV (int_unite_occupation, calculé en Java entre les modèles staging et
-- intermediate : secrecy.OccupancyUnits) ; les résidences d'un côté qui n'atteint pas le seuil forment une unité
-- « non publiée ». Les effectifs sont les sommes de ceux des résidences de l'unité ; forme_repondants est la clé de
-- secret de ses ménages répondants. Une commune dont tous les ménages répondants n'atteignent pas le seuil n'a
-- aucune unité : ses réponses n'entrent dans aucun chiffre publié (sinon le total du territoire moins les autres
-- communes les redonnerait).
-- Entrées : int_unite_occupation, stg_ops_residence, int_residence_stock, param_territoire, param_execution.
SELECT
    u.unite,
    any_value(u.nature) AS nature,
    (SELECT annee_ops FROM param_execution) AS annee_ops,
    any_value(s.depcom) AS depcom,
    any_value(s.libcom) AS libcom,
    bool_or(s.en_qpv) AS en_qpv,
    any_value(CASE WHEN s.en_qpv THEN s.qpv_code END) AS qpv_code,
    any_value(t.epci_siren) AS epci_siren,
    count(*) AS residences,
    string_agg(u.residence_id, ',' ORDER BY u.residence_id) AS residences_liste,
    sum(s.logements) AS logements,
    sum(o.repondants) AS repondants,
    sum(o.adultes) AS adultes,
    sum(o.em_repondants) AS em_repondants,
    sum(o.rev_moins_20) AS rev_moins_20,
    sum(o.rev_moins_60) AS rev_moins_60,
    sum(o.menages_apl) AS menages_apl,
    sum(o.adultes_sans_emploi) AS adultes_sans_emploi,
    sum(o.familles_monoparentales) AS familles_monoparentales,
    sum(o.familles_nombreuses) AS familles_nombreuses,
    sum(o.em_rev_moins_20) AS em_rev_moins_20,
    bool_or(s.loi_disponible) AS loi_disponible,
    sum(s.vacants_3_mois) AS vacants_3_mois,
    sum(s.loues_ou_vacants) AS loues_ou_vacants,
    sum(s.emmenagements_annee) AS emmenagements_annee,
    sum(s.loues_depuis_annee) AS loues_depuis_annee,
    'ops:' || (SELECT annee_ops FROM param_execution) || ':unite:' || u.unite || ':repondants' AS forme_repondants
FROM int_unite_occupation u
JOIN stg_ops_residence o USING (residence_id)
JOIN int_residence_stock s USING (residence_id)
JOIN param_territoire t ON t.code_insee = s.depcom
GROUP BY u.unite
QUALIFY sum(sum(o.repondants)) OVER (PARTITION BY any_value(s.depcom)) >= (SELECT seuil_secret FROM param_execution)
