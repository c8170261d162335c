-- Loads the valid partner counts of the file. A value already received for the same key (period, partner,
-- indicator, territory) and now different is a revision: the old value goes to partenaire_valeur_historique
-- with its source file, and the new one becomes current.
CREATE OR REPLACE TEMP TABLE part_nouvelles AS
SELECT trim(periode) AS periode, trim(partenaire) AS partenaire, trim(indicateur) AS indicateur,
       trim(territoire) AS territoire,
       CASE WHEN trim(territoire) IN (SELECT code_insee FROM ref_commune) THEN 'commune'
            WHEN trim(territoire) IN (SELECT siren FROM ref_epci) THEN 'epci' ELSE 'qpv' END AS territoire_type,
       valeur_num AS valeur, nullif(trim(commentaire), '') AS commentaire, ligne_source
FROM part_stg_controle
WHERE rang NOT IN (SELECT rang FROM part_rejets);

INSERT INTO partenaire_valeur_historique
SELECT v.periode, v.partenaire, v.indicateur, v.territoire, v.valeur, v.commentaire, v.import_sha256, v.recu_le,
       n.valeur, getvariable('part_sha256'), CAST(getvariable('maintenant') AS TIMESTAMP)
FROM partenaire_valeur v
JOIN part_nouvelles n USING (periode, partenaire, indicateur, territoire)
WHERE v.valeur <> n.valeur;

DELETE FROM partenaire_valeur
WHERE EXISTS (SELECT 1 FROM part_nouvelles n
              WHERE n.periode = partenaire_valeur.periode AND n.partenaire = partenaire_valeur.partenaire
                AND n.indicateur = partenaire_valeur.indicateur AND n.territoire = partenaire_valeur.territoire
                AND n.valeur <> partenaire_valeur.valeur);

INSERT INTO partenaire_valeur
SELECT n.periode, n.partenaire, n.indicateur, n.territoire, n.territoire_type, n.valeur, n.commentaire,
       getvariable('part_sha256'), n.ligne_source, CAST(getvariable('maintenant') AS TIMESTAMP)
FROM part_nouvelles n
WHERE NOT EXISTS (SELECT 1 FROM partenaire_valeur v
                  WHERE v.periode = n.periode AND v.partenaire = n.partenaire
                    AND v.indicateur = n.indicateur AND v.territoire = n.territoire);
