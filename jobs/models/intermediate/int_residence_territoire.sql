-- int_residence_territoire : les territoires publiés auxquels appartient chaque résidence : sa commune, son
-- QPV ou le « hors QPV » du territoire, et le territoire de l'observatoire (EPCI). Les comparaisons avec le
-- département, la région et la France viennent des modèles int_comparaison_* sur le parc plus large.
-- Entrées : int_residence_stock, param_territoire, ref_qpv.
WITH membres AS (
    SELECT s.residence_id, s.depcom, s.en_qpv, s.qpv_code, c.epci_siren
    FROM int_residence_stock s
    JOIN param_territoire c ON c.code_insee = s.depcom
)
SELECT residence_id, 'commune' AS niveau, depcom AS territoire FROM membres
UNION ALL
SELECT residence_id, 'qpv', qpv_code FROM membres WHERE en_qpv AND qpv_code IN (SELECT code_qpv FROM ref_qpv)
UNION ALL
SELECT residence_id, 'hors_qpv', epci_siren FROM membres WHERE NOT en_qpv
UNION ALL
SELECT residence_id, 'epci', epci_siren FROM membres
