-- stg_logement : logements sociaux du territoire de l'observatoire (param_territoire) au millésime RPLS retenu
-- pour la période (le plus récent, au plus l'année de la période), dans le parc effectif (version loi quand la
-- commune l'a, sinon version publique), avec les regroupements utilisés par les indicateurs.
-- Entrées : rpls_logement_effectif, param_territoire, param_execution.
-- Formules : typologie T1 à T5+ (NBPIECE) ; période de construction ; groupe DPE A–C / D / E–G / inconnu ;
-- « passoire » = DPE F ou G ; loué = MODE 1 ; vacant de plus de 3 mois = MODE 2 et vacance > 3 mois ;
-- emménagement dans l'année = bail commencé l'année précédant le millésime.
SELECT
    l.millesime,
    l.residence_id,
    l.dep,
    l.depcom,
    l.en_qpv,
    l.qpv_code,
    l.nbpiece,
    CASE WHEN l.nbpiece >= 5 THEN 'T5+' ELSE 'T' || greatest(l.nbpiece, 1) END AS typologie,
    least(greatest(l.nbpiece, 1), 5) AS typologie_rang,
    l.surfhab,
    l.construct,
    CASE WHEN l.construct IS NULL THEN 'inconnue'
         WHEN l.construct < 1949 THEN 'avant 1949'
         WHEN l.construct < 1975 THEN '1949-1974'
         WHEN l.construct < 1990 THEN '1975-1989'
         WHEN l.construct < 2006 THEN '1990-2005'
         ELSE '2006 et après' END AS periode_construction,
    l.construct IS NOT NULL AND l.construct >= l.millesime - 5 AS recent,
    l.finan_groupe,
    l.finan_avant_1977,
    coalesce(l.conventionne, false) AS conventionne,
    l.dpeenergie,
    CASE WHEN l.dpeenergie IN ('A', 'B', 'C') THEN 'A-C'
         WHEN l.dpeenergie = 'D' THEN 'D'
         WHEN l.dpeenergie IN ('E', 'F', 'G') THEN 'E-G'
         ELSE 'inconnu' END AS dpe_groupe,
    l.dpeenergie IN ('F', 'G') AS passoire,
    l.dpeenergie IS NOT NULL AS dpe_connu,
    coalesce(l.pmr, false) AS pmr,
    coalesce(l.typeconst, 'C') AS typeconst,
    l.mode,
    l.mode = 1 AS loue,
    l.mode IN (1, 2) AS loue_ou_vacant,
    l.mode = 2 AND coalesce(l.duree_vacance, 0) > 3 AS vacant_3_mois,
    l.mode = 1 AND year(l.bail) = l.millesime - 1 AS emmenage_annee,
    l.mode = 1 AND (l.bail IS NULL OR year(l.bail) <= l.millesime - 1) AS loue_depuis_annee,
    l.loyerprinc,
    l.mode IS NOT NULL AS loi_disponible
FROM rpls_logement_effectif l
WHERE l.millesime = (SELECT millesime_rpls FROM param_execution)
  AND l.depcom IN (SELECT code_insee FROM param_territoire)
