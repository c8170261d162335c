-- mart_objectif : avancement de chaque action qui a un objectif annuel : réalisé depuis janvier (flux) ou dernière
-- valeur (stock, taux), arrêté au mois de la période (realise_au), objectif annuel, objectif au prorata des mois
-- écoulés et taux de réalisation. Quand la série n'est publiée qu'au trimestre (secret statistique), le réalisé est
-- arrêté à la fin du dernier trimestre complet, avec son propre prorata. Une valeur masquée est NULL, marquée « s ».
-- La part des attributions hors QPV au premier quartile n'y est pas : la règle des 25 % est publiée par mart_regle_25
-- seule, à partir des deux comptes, pour que toutes les pages donnent le même chiffre.
-- Entrées : int_objectif, ref_indicateur, secret_forme, secret_serie, param_execution.
WITH d AS (
    SELECT o.*, coalesce(g.grain, 'mois') AS grain,
           NOT o.soumis_secret OR coalesce(k.publiee, false) AS realise_publie,
           NOT o.soumis_secret OR coalesce(kt.publiee, false) AS trimestre_publie
    FROM int_objectif o
    LEFT JOIN secret_forme k ON k.forme = o.forme_realise
    LEFT JOIN secret_forme kt ON kt.forme = o.forme_realise_trimestre
    LEFT JOIN secret_serie g ON g.serie = o.indicateur || ':' || o.territoire
),
choix AS (
    SELECT d.*,
           d.grain = 'trimestre' AND d.nature = 'flux' AND d.periodicite = 'mensuelle' AS au_trimestre
    FROM d
)
SELECT
    o.indicateur,
    i.libelle,
    i.objectif_source,
    o.unite,
    o.nature,
    o.territoire,
    o.annee,
    o.grain,
    CASE WHEN o.au_trimestre THEN o.mois_trimestre ELSE o.realise_au END AS realise_au,
    CASE WHEN o.au_trimestre THEN CAST(right(o.mois_trimestre, 2) AS INTEGER) ELSE o.mois_ecoules END AS mois_ecoules,
    o.mois_renseignes,
    o.objectif_annuel,
    CASE WHEN o.au_trimestre THEN o.objectif_prorata_trimestre ELSE o.objectif_prorata END AS objectif_prorata,
    CASE WHEN o.au_trimestre AND o.trimestre_publie THEN o.realise_trimestre
         WHEN NOT o.au_trimestre AND o.realise_publie AND o.grain <> 'annee' OR NOT o.soumis_secret THEN o.realise END
        AS realise,
    CASE WHEN o.au_trimestre AND o.trimestre_publie THEN o.realise_trimestre / nullif(o.objectif_annuel, 0)
         WHEN NOT o.au_trimestre AND o.realise_publie AND o.grain <> 'annee' OR NOT o.soumis_secret
              THEN o.taux_realisation END AS taux_realisation,
    CASE WHEN o.au_trimestre AND o.trimestre_publie THEN o.realise_trimestre / nullif(o.objectif_prorata_trimestre, 0)
         WHEN NOT o.au_trimestre AND o.realise_publie AND o.grain <> 'annee' OR NOT o.soumis_secret
              THEN o.taux_realisation_prorata END AS taux_realisation_prorata,
    CASE WHEN o.soumis_secret AND NOT (CASE WHEN o.au_trimestre THEN o.trimestre_publie
                                           ELSE o.realise_publie AND o.grain <> 'annee' END) THEN 's' END AS secret,
    e.version_methode
FROM choix o
JOIN ref_indicateur i ON i.code = o.indicateur
CROSS JOIN param_execution e
WHERE o.indicateur <> 'taux_attributions_hors_qpv_q1'
ORDER BY i.libelle
