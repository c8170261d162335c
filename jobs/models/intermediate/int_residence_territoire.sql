-- int_residence_territoire : les territoires publiés auxquels appartient chaque résidence : sa commune, son
-- QPV ou le « hors QPV » de la métropole, la métropole (EPCI), et le département quand le fichier RPLS couvre
-- aussi des communes du département hors de la métropole.
-- Entrées : int_residence_stock, ref_commune, ref_epci, ref_qpv, stg_logement.
WITH membres AS (
    SELECT s.residence_id, s.depcom, s.en_qpv, s.qpv_code, c.epci_siren, c.departement
    FROM int_residence_stock s
    JOIN ref_commune c ON c.code_insee = s.depcom
),
departement_couvert AS (
    SELECT DISTINCT m.departement
    FROM membres m
    WHERE EXISTS (SELECT 1 FROM stg_logement l
                  WHERE l.dep = m.departement AND l.depcom NOT IN (SELECT code_insee FROM ref_commune))
)
SELECT residence_id, 'commune' AS niveau, depcom AS territoire FROM membres
UNION ALL
SELECT residence_id, 'qpv', qpv_code FROM membres WHERE en_qpv AND qpv_code IN (SELECT code_qpv FROM ref_qpv)
UNION ALL
SELECT residence_id, 'hors_qpv', epci_siren FROM membres WHERE NOT en_qpv
UNION ALL
SELECT residence_id, 'epci', epci_siren FROM membres
UNION ALL
SELECT residence_id, 'departement', departement FROM membres WHERE departement IN (SELECT departement FROM departement_couvert)
