-- Stable residence identifiers. Each new residence is matched with the residences of its commune in the
-- reference millésime: the previous millésime loaded for the commune, else the next one, else the rows of the same
-- millésime this file replaces. Two residences match on the dwellings they share: by IDENT_REP when both files
-- are loi extracts, else by shared addresses (search key, so that « AV » and « AVENUE » agree). A new residence keeps
-- the identifier of the old residence when each is the other's best match (most shared IDENT_REP, then most
-- dwellings at shared addresses); an estate that gains or loses a building, or whose programme name is spelled
-- differently, keeps its identifier, and two estates that share a name never swap theirs. Any other new residence
-- gets an identifier derived from its key (commune, QPV side, landlord, programme or address, first point), never one
-- already used in another millésime of the commune.

-- The new residences, with the key their identifier derives from.
CREATE OR REPLACE TEMP TABLE rpls_residence_nouvelle AS
SELECT pr.residence_no, any_value(n.depcom) AS depcom, min(n.groupe_cle) AS groupe_cle, min(n.point_texte) AS premier_point,
       sum(n.logements) AS logements
FROM rpls_point_residence pr
JOIN rpls_point_norm n USING (point_id)
GROUP BY pr.residence_no;

-- The reference millésime of each rebuilt commune.
CREATE OR REPLACE TEMP TABLE rpls_reference AS
SELECT d.depcom,
       coalesce(max(r.millesime) FILTER (WHERE r.millesime < CAST(getvariable('rpls_millesime') AS SMALLINT)),
                min(r.millesime) FILTER (WHERE r.millesime > CAST(getvariable('rpls_millesime') AS SMALLINT)),
                max(r.millesime) FILTER (WHERE r.millesime = CAST(getvariable('rpls_millesime') AS SMALLINT)))
           AS millesime_reference
FROM rpls_import_reconstruire d
LEFT JOIN (SELECT DISTINCT millesime, depcom FROM residence) r USING (depcom)
GROUP BY d.depcom;

-- Every pair (new residence, old residence) that shares dwellings.
CREATE OR REPLACE TEMP TABLE rpls_paire AS
WITH nouvelle_adresse AS (
    SELECT pr.residence_no, n.depcom, n.adresse_recherche, sum(n.logements) AS logements
    FROM rpls_point_residence pr
    JOIN rpls_point_norm n USING (point_id)
    WHERE n.adresse_recherche IS NOT NULL
    GROUP BY ALL
),
ancienne_adresse AS (
    SELECT a.depcom, a.residence_id AS ancien_id, a.adresse_recherche, a.logements
    FROM residence_adresse a
    JOIN rpls_reference f ON f.depcom = a.depcom AND f.millesime_reference = a.millesime
),
par_adresse AS (
    SELECT na.residence_no, aa.ancien_id, sum(na.logements) AS logements_communs,
           sum(aa.logements) AS logements_anciens_communs, count(*) AS adresses_communes
    FROM nouvelle_adresse na
    JOIN ancienne_adresse aa USING (depcom, adresse_recherche)
    GROUP BY ALL
),
par_identifiant AS (
    SELECT ni.residence_no, l.residence_id AS ancien_id, count(*) AS identifiants_communs
    FROM rpls_nouvel_identifiant ni
    JOIN rpls_reference f USING (depcom)
    JOIN rpls_logement l ON l.millesime = f.millesime_reference AND l.depcom = ni.depcom
                        AND l.ident_rep = ni.ident_rep AND l.residence_id IS NOT NULL
    GROUP BY ALL
)
SELECT residence_no, ancien_id,
       coalesce(i.identifiants_communs, 0) AS identifiants_communs,
       CASE WHEN i.identifiants_communs > 0 THEN i.identifiants_communs ELSE a.logements_communs END
           AS logements_communs,
       CASE WHEN i.identifiants_communs > 0 THEN i.identifiants_communs ELSE a.logements_anciens_communs END
           AS logements_anciens_communs,
       coalesce(a.adresses_communes, 0) AS adresses_communes,
       CASE WHEN i.identifiants_communs > 0 THEN 'identifiant' ELSE 'adresse' END AS methode,
       row_number() OVER (PARTITION BY residence_no ORDER BY coalesce(i.identifiants_communs, 0) DESC,
                          coalesce(a.logements_communs, 0) DESC, ancien_id) AS rang_pour_nouvelle,
       row_number() OVER (PARTITION BY ancien_id ORDER BY coalesce(i.identifiants_communs, 0) DESC,
                          coalesce(a.logements_anciens_communs, 0) DESC, coalesce(a.logements_communs, 0) DESC,
                          residence_no) AS rang_pour_ancienne
FROM par_adresse a
FULL JOIN par_identifiant i USING (residence_no, ancien_id);

-- The identifier of each new residence.
CREATE OR REPLACE TEMP TABLE rpls_residence_id AS
WITH garde AS (
    SELECT residence_no, ancien_id FROM rpls_paire WHERE rang_pour_nouvelle = 1 AND rang_pour_ancienne = 1
),
pris AS (
    SELECT ancien_id AS residence_id FROM garde
    UNION
    SELECT residence_id FROM residence
    WHERE depcom IN (SELECT depcom FROM rpls_import_reconstruire)
      AND millesime <> CAST(getvariable('rpls_millesime') AS SMALLINT)
),
candidat AS (
    SELECT n.residence_no, n.depcom, g.ancien_id,
           n.depcom || '-' || left(md5(n.groupe_cle || chr(30) || n.premier_point), 10) AS naturel,
           n.depcom || '-' || left(md5(n.groupe_cle || chr(30) || n.premier_point || chr(30)
                                       || getvariable('rpls_millesime')), 10) AS naturel_bis
    FROM rpls_residence_nouvelle n
    LEFT JOIN garde g USING (residence_no)
)
SELECT residence_no, depcom,
       coalesce(ancien_id, CASE WHEN naturel IN (SELECT residence_id FROM pris) THEN naturel_bis ELSE naturel END)
           AS residence_id
FROM candidat;

-- The correspondences recorded for the quality report and the evolution indicators.
CREATE OR REPLACE TEMP TABLE rpls_correspondance AS
SELECT CAST(getvariable('rpls_millesime') AS SMALLINT) AS millesime, f.millesime_reference, i.depcom,
       p.ancien_id, i.residence_id AS nouveau_id, p.methode,
       CASE WHEN i.residence_id = p.ancien_id THEN 'conservé' ELSE 'changé' END AS statut,
       p.logements_communs, p.logements_anciens_communs, p.adresses_communes
FROM rpls_paire p
JOIN rpls_residence_id i USING (residence_no)
JOIN rpls_reference f ON f.depcom = i.depcom
UNION ALL
SELECT CAST(getvariable('rpls_millesime') AS SMALLINT), f.millesime_reference, r.depcom, r.residence_id, NULL, NULL,
       'perdu', NULL, NULL, NULL
FROM residence r
JOIN rpls_reference f ON f.depcom = r.depcom AND f.millesime_reference = r.millesime
WHERE r.residence_id NOT IN (SELECT ancien_id FROM rpls_paire)
UNION ALL
SELECT CAST(getvariable('rpls_millesime') AS SMALLINT), f.millesime_reference, i.depcom, NULL, i.residence_id, NULL,
       'nouveau', NULL, NULL, NULL
FROM rpls_residence_id i
JOIN rpls_reference f ON f.depcom = i.depcom
WHERE i.residence_no NOT IN (SELECT residence_no FROM rpls_paire) AND f.millesime_reference IS NOT NULL;

-- What the insertion takes from each point: its normalised fields, programme, display address, residence and method.
CREATE OR REPLACE TEMP TABLE rpls_point_final AS
SELECT n.point_cle, n.numvoie, n.indrep, n.typvoie, n.nomvoie, n.complgeo, n.lieudit, n.programme, n.qpv_code,
       n.en_qpv, n.x_brut AS x, n.y_brut AS y, n.ident_org, n.bailleur, n.adresse, i.residence_id,
       c.methode AS residence_methode
FROM rpls_point_norm n
LEFT JOIN rpls_point_residence pr USING (point_id)
LEFT JOIN rpls_residence_calc c USING (residence_no)
LEFT JOIN rpls_residence_id i USING (residence_no);
