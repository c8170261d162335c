-- stg_partenaire : valeurs courantes des comptages des partenaires sur les 24 mois qui finissent à la période,
-- avec la définition de l'indicateur au catalogue. Quand plusieurs partenaires envoient le même indicateur
-- pour le même territoire et le même mois, la valeur retenue est celle du premier partenaire du catalogue qui
-- l'a transmise.
-- Entrées : partenaire_valeur, ref_indicateur, param_execution.
SELECT
    v.indicateur,
    v.territoire,
    v.territoire_type,
    v.periode AS mois,
    CAST(left(v.periode, 4) AS INTEGER) AS annee,
    CAST(right(v.periode, 2) AS INTEGER) AS mois_numero,
    arg_min(v.valeur, list_position(string_split(i.partenaires, '|'), v.partenaire)) AS valeur,
    i.unite,
    i.nature,
    i.agregation_annuelle,
    i.periodicite,
    list_contains((SELECT unites_secret FROM param_execution), i.unite) AS soumis_secret
FROM partenaire_valeur v
JOIN ref_indicateur i ON i.code = v.indicateur
WHERE v.periode BETWEEN (SELECT premier_mois FROM param_execution) AND (SELECT periode FROM param_execution)
GROUP BY ALL
