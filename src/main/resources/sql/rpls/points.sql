-- The points of the file: one row per distinct combination of the fields that decide a dwelling's residence, with
-- its dwellings (far fewer points than dwellings: about one per building). The residence key is worked out on
-- points, never dwelling by dwelling.
CREATE OR REPLACE TEMP TABLE rpls_point AS
SELECT row_number() OVER () AS point_id,
       rpls_point_cle(depcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, immeu, qpv, plg_qp, x, y,
                      ident_org, rs) AS point_cle,
       *
FROM (
    SELECT depcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, immeu, qpv, plg_qp, x, y, ident_org, rs,
           min(epsg) AS epsg, count(*) AS logements
    FROM rpls_valides
    GROUP BY depcom, numvoie, indrep, typvoie, nomvoie, complgeo, lieudit, immeu, qpv, plg_qp, x, y, ident_org, rs
);

-- Each point normalised: programme (IMMEU, or COMPLGEO starting with RÉSIDENCE, CITÉ, DOMAINE…), address for
-- display and search key, QPV side, landlord (loi variant only), usable coordinates, and the group it belongs to:
--   programme    same commune, QPV side, landlord and programme name (the name without a leading RÉSIDENCE, RES,
--                IMMEUBLE or GROUPE): split by distance into residences;
--   adresse      no programme: same commune, QPV side, landlord and address search key;
--   coordonnées  neither programme nor street name: same cell of the coordinate grid;
--   commune      nothing at all: one residence per commune, QPV side and landlord.
CREATE OR REPLACE TEMP TABLE rpls_point_norm AS
WITH typed AS MATERIALIZED (
    SELECT
        point_id, point_cle, logements,
        trim(depcom) AS depcom,
        nullif(ltrim(trim(numvoie), '0'), '') AS numvoie,
        nullif(upper(trim(indrep)), '') AS indrep,
        nullif(upper(trim(typvoie)), '') AS typvoie,
        nullif(trim(nomvoie), '') AS nomvoie,
        nullif(trim(complgeo), '') AS complgeo,
        nullif(trim(lieudit), '') AS lieudit,
        nullif(trim(immeu), '') AS immeu,
        CASE WHEN upper(trim(qpv)) LIKE 'Q_%' AND trim(qpv)[2:2] <> ' ' THEN upper(trim(qpv))
             WHEN upper(trim(plg_qp)) LIKE 'Q_%' THEN upper(trim(plg_qp)) END AS qpv_code,
        trim(qpv) = '1' AS qpv_oui,
        TRY_CAST(replace(nullif(trim(x), ''), ',', '.') AS DOUBLE) AS x_brut,
        TRY_CAST(replace(nullif(trim(y), ''), ',', '.') AS DOUBLE) AS y_brut,
        coalesce(nullif(trim(epsg), ''), '2154') AS epsg,
        nullif(trim(ident_org), '') AS ident_org,
        nullif(trim(rs), '') AS bailleur
    FROM rpls_point
),
-- Streets, numbers, programme fields and landlords are far fewer than points: each is normalised once. The search
-- key of an address is the key of its number and repetition index followed by the key of its street type and name.
voies AS MATERIALIZED (
    SELECT v.typvoie, v.nomvoie,
           coalesce(tv.affiche, lower(v.typvoie)) AS typvoie_affiche,
           -- (the CASE is inside the argument: DuckDB evaluates a list lambda under a CASE branch very slowly)
           adresse_recherche(CASE WHEN norm_txt(v.nomvoie) <> '' THEN concat_ws(' ', v.typvoie, v.nomvoie) END)
               AS voie_recherche
    FROM (SELECT DISTINCT typvoie, nomvoie FROM typed) v
    LEFT JOIN ref_type_voie tv ON tv.abreviation = norm_txt(v.typvoie)
),
numeros AS MATERIALIZED (
    SELECT numvoie, indrep, adresse_recherche(concat_ws(' ', numvoie, indrep)) AS numero_recherche
    FROM (SELECT DISTINCT numvoie, indrep FROM typed)
),
programmes AS MATERIALIZED (
    SELECT immeu, complgeo, programme,
           nullif(regexp_replace(norm_txt(programme), '^(RESIDENCE|RES|IMMEUBLE|GROUPE) ', ''), '') AS programme_cle
    FROM (SELECT immeu, complgeo,
                 coalesce(immeu, CASE WHEN regexp_matches(norm_txt(complgeo),
                     '^(RESIDENCE|RES|CITE|DOMAINE|GROUPE|HAMEAU|ENSEMBLE|PARC|TOUR|IMMEUBLE) ') THEN complgeo END)
                     AS programme
          FROM (SELECT DISTINCT immeu, complgeo FROM typed))
),
bailleurs AS MATERIALIZED (
    SELECT ident_org, bailleur,
           CASE WHEN getvariable('rpls_variante') = 'loi' THEN coalesce(ident_org, nullif(norm_txt(bailleur), ''))
                END AS bailleur_cle
    FROM (SELECT DISTINCT ident_org, bailleur FROM typed)
),
normalised AS (
    SELECT t.*, p.programme, p.programme_cle, v.typvoie_affiche, b.bailleur_cle,
        CASE WHEN v.voie_recherche IS NOT NULL THEN concat_ws(' ', u.numero_recherche, v.voie_recherche) END
            AS adresse_recherche,
        t.qpv_code IS NOT NULL OR coalesce(t.qpv_oui, false) AS en_qpv,
        CASE WHEN t.x_brut IS NULL OR t.y_brut IS NULL OR (t.x_brut = 0 AND t.y_brut = 0)
                  OR isnan(t.x_brut) OR isnan(t.y_brut) THEN 'absente'
             WHEN t.epsg = '2154' AND NOT (t.x_brut BETWEEN 50000 AND 1300000 AND t.y_brut BETWEEN 6000000 AND 7150000)
                  THEN 'invalide'
             ELSE 'valide' END AS coordonnees
    FROM typed t
    JOIN voies v ON v.typvoie IS NOT DISTINCT FROM t.typvoie AND v.nomvoie IS NOT DISTINCT FROM t.nomvoie
    JOIN numeros u ON u.numvoie IS NOT DISTINCT FROM t.numvoie AND u.indrep IS NOT DISTINCT FROM t.indrep
    JOIN programmes p ON p.immeu IS NOT DISTINCT FROM t.immeu AND p.complgeo IS NOT DISTINCT FROM t.complgeo
    JOIN bailleurs b ON b.ident_org IS NOT DISTINCT FROM t.ident_org AND b.bailleur IS NOT DISTINCT FROM t.bailleur
),
keyed AS (
    SELECT n.*,
        coalesce(nullif(concat_ws(' ', nullif(concat(n.numvoie, coalesce(lower(n.indrep), '')), ''), n.typvoie_affiche,
                                  n.nomvoie), ''), n.programme, n.lieudit, 'adresse inconnue') AS adresse,
        coalesce(n.qpv_code, CASE WHEN n.en_qpv THEN 'QPV' ELSE 'HORS QPV' END) AS zone,
        CASE WHEN n.coordonnees = 'valide' THEN n.x_brut END AS x,
        CASE WHEN n.coordonnees = 'valide' THEN n.y_brut END AS y
    FROM normalised n
),
grouped AS (
    SELECT k.*,
        CASE WHEN k.programme_cle IS NOT NULL THEN 'programme'
             WHEN k.adresse_recherche IS NOT NULL THEN 'adresse'
             WHEN k.x IS NOT NULL THEN 'coordonnées'
             ELSE 'commune' END AS methode
    FROM keyed k
)
SELECT g.*,
    concat_ws('|', coalesce(g.adresse_recherche, '-'), coalesce(g.programme_cle, '-'), coalesce(g.lieudit, '-'),
              CAST(g.x AS VARCHAR), CAST(g.y AS VARCHAR)) AS point_texte,
    concat_ws('|', g.depcom, g.zone, coalesce(g.bailleur_cle, '-'),
              CASE g.methode WHEN 'programme' THEN 'P|' || g.programme_cle
                             WHEN 'adresse' THEN 'A|' || g.adresse_recherche
                             WHEN 'coordonnées' THEN 'XY|' || CAST(round(g.x / getvariable('rpls_maille')) AS BIGINT)
                                                 || '|' || CAST(round(g.y / getvariable('rpls_maille')) AS BIGINT)
                             ELSE 'C' END) AS groupe_cle,
    g.depcom IN (SELECT depcom FROM rpls_import_reconstruire) AS reconstruire
FROM grouped g;
