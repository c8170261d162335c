package fr.dijon.observatoire.sample;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The 101 départements minus Mayotte (no RPLS geolocation there): 96 metropolitan ones (01 to 95
 * with 2A and 2B) and 971 to 974. Prefecture positions are approximate (0.01°) and populations
 * rounded, which is all the synthetic national sample needs.
 */
final class DepartementCatalogue {

    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("01", "Guadeloupe"), Map.entry("02", "Martinique"), Map.entry("03", "Guyane"),
            Map.entry("04", "La Réunion"), Map.entry("11", "Île-de-France"), Map.entry("24", "Centre-Val de Loire"),
            Map.entry("27", "Bourgogne-Franche-Comté"), Map.entry("28", "Normandie"),
            Map.entry("32", "Hauts-de-France"), Map.entry("44", "Grand Est"), Map.entry("52", "Pays de la Loire"),
            Map.entry("53", "Bretagne"), Map.entry("75", "Nouvelle-Aquitaine"), Map.entry("76", "Occitanie"),
            Map.entry("84", "Auvergne-Rhône-Alpes"), Map.entry("93", "Provence-Alpes-Côte d'Azur"),
            Map.entry("94", "Corse"));

    /** EPSG of RPLS coordinates overseas: UTM 20N (RGAF09) for the Antilles, 22N for Guyane, 40S for La Réunion. */
    private static final Map<String, Integer> OVERSEAS_EPSG = Map.of("971", 5490, "972", 5490, "973", 2972, "974", 2975);

    /** code|name|region|prefecture|latitude|longitude|population in thousands. */
    private static final List<Departement> ALL = Stream.of(
            "01|Ain|84|Bourg-en-Bresse|46.205|5.225|660",
            "02|Aisne|32|Laon|49.564|3.620|530",
            "03|Allier|84|Moulins|46.566|3.333|335",
            "04|Alpes-de-Haute-Provence|93|Digne-les-Bains|44.092|6.236|165",
            "05|Hautes-Alpes|93|Gap|44.559|6.079|140",
            "06|Alpes-Maritimes|93|Nice|43.710|7.262|1100",
            "07|Ardèche|84|Privas|44.735|4.599|330",
            "08|Ardennes|44|Charleville-Mézières|49.773|4.720|270",
            "09|Ariège|76|Foix|42.965|1.607|155",
            "10|Aube|44|Troyes|48.297|4.074|310",
            "11|Aude|76|Carcassonne|43.213|2.349|375",
            "12|Aveyron|76|Rodez|44.350|2.575|280",
            "13|Bouches-du-Rhône|93|Marseille|43.296|5.370|2040",
            "14|Calvados|28|Caen|49.182|-0.370|695",
            "15|Cantal|84|Aurillac|44.926|2.444|145",
            "16|Charente|75|Angoulême|45.648|0.156|350",
            "17|Charente-Maritime|75|La Rochelle|46.160|-1.151|660",
            "18|Cher|24|Bourges|47.081|2.399|300",
            "19|Corrèze|75|Tulle|45.267|1.771|240",
            "2A|Corse-du-Sud|94|Ajaccio|41.919|8.738|160",
            "2B|Haute-Corse|94|Bastia|42.697|9.450|185",
            "21|Côte-d'Or|27|Dijon|47.322|5.041|535",
            "22|Côtes-d'Armor|53|Saint-Brieuc|48.514|-2.765|600",
            "23|Creuse|75|Guéret|46.171|1.871|115",
            "24|Dordogne|75|Périgueux|45.184|0.721|415",
            "25|Doubs|27|Besançon|47.238|6.024|545",
            "26|Drôme|84|Valence|44.933|4.892|520",
            "27|Eure|28|Évreux|49.027|1.151|600",
            "28|Eure-et-Loir|24|Chartres|48.446|1.489|430",
            "29|Finistère|53|Quimper|47.996|-4.102|920",
            "30|Gard|76|Nîmes|43.837|4.360|750",
            "31|Haute-Garonne|76|Toulouse|43.605|1.444|1420",
            "32|Gers|76|Auch|43.646|0.586|190",
            "33|Gironde|75|Bordeaux|44.838|-0.579|1650",
            "34|Hérault|76|Montpellier|43.611|3.877|1200",
            "35|Ille-et-Vilaine|53|Rennes|48.117|-1.678|1100",
            "36|Indre|24|Châteauroux|46.811|1.686|220",
            "37|Indre-et-Loire|24|Tours|47.394|0.685|610",
            "38|Isère|84|Grenoble|45.188|5.724|1280",
            "39|Jura|27|Lons-le-Saunier|46.675|5.555|260",
            "40|Landes|75|Mont-de-Marsan|43.890|-0.500|420",
            "41|Loir-et-Cher|24|Blois|47.586|1.336|330",
            "42|Loire|84|Saint-Étienne|45.439|4.387|765",
            "43|Haute-Loire|84|Le Puy-en-Velay|45.043|3.885|227",
            "44|Loire-Atlantique|52|Nantes|47.218|-1.554|1450",
            "45|Loiret|24|Orléans|47.903|1.909|680",
            "46|Lot|76|Cahors|44.448|1.441|175",
            "47|Lot-et-Garonne|75|Agen|44.203|0.616|330",
            "48|Lozère|76|Mende|44.518|3.501|76",
            "49|Maine-et-Loire|52|Angers|47.478|-0.563|820",
            "50|Manche|28|Saint-Lô|49.116|-1.091|495",
            "51|Marne|44|Châlons-en-Champagne|48.957|4.365|565",
            "52|Haute-Marne|44|Chaumont|48.111|5.139|170",
            "53|Mayenne|52|Laval|48.073|-0.770|307",
            "54|Meurthe-et-Moselle|44|Nancy|48.692|6.184|735",
            "55|Meuse|44|Bar-le-Duc|48.773|5.160|183",
            "56|Morbihan|53|Vannes|47.658|-2.760|760",
            "57|Moselle|44|Metz|49.119|6.176|1045",
            "58|Nièvre|27|Nevers|46.990|3.159|200",
            "59|Nord|32|Lille|50.629|3.057|2610",
            "60|Oise|32|Beauvais|49.430|2.081|830",
            "61|Orne|28|Alençon|48.432|0.091|280",
            "62|Pas-de-Calais|32|Arras|50.291|2.777|1460",
            "63|Puy-de-Dôme|84|Clermont-Ferrand|45.778|3.087|665",
            "64|Pyrénées-Atlantiques|75|Pau|43.295|-0.370|690",
            "65|Hautes-Pyrénées|76|Tarbes|43.233|0.078|230",
            "66|Pyrénées-Orientales|76|Perpignan|42.699|2.895|480",
            "67|Bas-Rhin|44|Strasbourg|48.573|7.752|1150",
            "68|Haut-Rhin|44|Colmar|48.079|7.358|765",
            "69|Rhône|84|Lyon|45.764|4.836|1900",
            "70|Haute-Saône|27|Vesoul|47.622|6.155|235",
            "71|Saône-et-Loire|27|Mâcon|46.307|4.829|550",
            "72|Sarthe|52|Le Mans|48.006|0.199|565",
            "73|Savoie|84|Chambéry|45.564|5.918|440",
            "74|Haute-Savoie|84|Annecy|45.900|6.129|830",
            "75|Paris|11|Paris|48.857|2.352|2130",
            "76|Seine-Maritime|28|Rouen|49.443|1.100|1250",
            "77|Seine-et-Marne|11|Melun|48.540|2.660|1420",
            "78|Yvelines|11|Versailles|48.805|2.120|1450",
            "79|Deux-Sèvres|75|Niort|46.323|-0.459|375",
            "80|Somme|32|Amiens|49.894|2.296|570",
            "81|Tarn|76|Albi|43.929|2.148|390",
            "82|Tarn-et-Garonne|76|Montauban|44.018|1.355|260",
            "83|Var|93|Toulon|43.124|5.928|1080",
            "84|Vaucluse|93|Avignon|43.949|4.806|560",
            "85|Vendée|52|La Roche-sur-Yon|46.670|-1.426|690",
            "86|Vienne|75|Poitiers|46.580|0.340|440",
            "87|Haute-Vienne|75|Limoges|45.834|1.261|372",
            "88|Vosges|44|Épinal|48.172|6.450|362",
            "89|Yonne|27|Auxerre|47.798|3.567|335",
            "90|Territoire de Belfort|27|Belfort|47.640|6.863|140",
            "91|Essonne|11|Évry-Courcouronnes|48.629|2.441|1300",
            "92|Hauts-de-Seine|11|Nanterre|48.892|2.206|1630",
            "93|Seine-Saint-Denis|11|Bobigny|48.908|2.440|1650",
            "94|Val-de-Marne|11|Créteil|48.790|2.455|1400",
            "95|Val-d'Oise|11|Cergy|49.036|2.063|1250",
            "971|Guadeloupe|01|Basse-Terre|15.998|-61.726|385",
            "972|Martinique|02|Fort-de-France|14.616|-61.059|360",
            "973|Guyane|03|Cayenne|4.922|-52.313|285",
            "974|La Réunion|04|Saint-Denis|-20.882|55.450|870")
            .map(DepartementCatalogue::parse).toList();

    private DepartementCatalogue() {
    }

    /** All départements in code order (2A and 2B between 19 and 21). */
    static List<Departement> all() {
        return ALL;
    }

    private static Departement parse(String line) {
        String[] f = line.split("\\|");
        String region = f[2];
        return new Departement(f[0], f[1], region, REGIONS.get(region), f[3], Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), Integer.parseInt(f[6]), OVERSEAS_EPSG.getOrDefault(f[0], 2154));
    }
}
