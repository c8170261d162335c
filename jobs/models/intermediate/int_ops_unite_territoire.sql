-- int_ops_unite_territoire : les territoires publiés auxquels appartient chaque unité de publication de
-- l'occupation : sa commune, son QPV ou le « hors QPV » du territoire, et le territoire (EPCI). Une unité ne
-- franchit ni une limite de commune ni une limite de QPV.
-- Entrées : int_ops_unite.
SELECT unite, 'commune' AS niveau, depcom AS territoire FROM int_ops_unite
UNION ALL
SELECT unite, 'qpv', qpv_code FROM int_ops_unite WHERE en_qpv AND qpv_code IS NOT NULL
UNION ALL
SELECT unite, 'hors_qpv', epci_siren FROM int_ops_unite WHERE NOT en_qpv
UNION ALL
SELECT unite, 'epci', epci_siren FROM int_ops_unite
