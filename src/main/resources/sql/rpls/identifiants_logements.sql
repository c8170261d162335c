-- The IDENT_REP of the file's dwellings, by new residence (loi extracts only carry them), to match residences
-- across millésimes on the dwellings themselves.
CREATE OR REPLACE TEMP TABLE rpls_nouvel_identifiant AS
SELECT pr.residence_no, p.depcom, trim(v.ident_rep) AS ident_rep
FROM rpls_valides v
JOIN rpls_point p ON p.point_cle = rpls_point_cle(v.depcom, v.numvoie, v.indrep, v.typvoie, v.nomvoie, v.complgeo,
                                                  v.lieudit, v.immeu, v.qpv, v.plg_qp, v.x, v.y, v.ident_org, v.rs)
JOIN rpls_point_residence pr USING (point_id)
WHERE nullif(trim(v.ident_rep), '') IS NOT NULL;
