-- stg_partenaire : valeurs courantes des comptages des partenaires sur la fenêtre publiée (24 mois qui finissent à
-- la période, dans_fenetre) et les 12 mois qui la précèdent (pour les cumuls glissants et le secret : la publication
-- du mois précédent a pu publier des sommes qui les contiennent), avec la définition de l'indicateur au catalogue. Quand plusieurs partenaires envoient le même indicateur
-- pour le même territoire et le même mois, la valeur retenue est celle du premier partenaire du catalogue qui
-- l'a transmise. La décision du catalogue sur le secret (colonne « secret ») donne soumis_secret, et, pour un taux
-- ou une moyenne qui redonnerait un compte protégé, l'indicateur de ce compte (base_secret).
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
    i.secret = 'oui' AS soumis_secret,
    CASE WHEN starts_with(i.secret, 'base:') THEN substr(i.secret, 6) END AS base_secret,
    v.periode >= (SELECT premier_mois FROM param_execution) AS dans_fenetre
FROM partenaire_valeur v
JOIN ref_indicateur i ON i.code = v.indicateur
WHERE v.periode BETWEEN (SELECT premier_mois_donnees FROM param_execution) AND (SELECT periode FROM param_execution)
GROUP BY ALL
