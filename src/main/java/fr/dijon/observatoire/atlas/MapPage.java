package fr.dijon.observatoire.atlas;

/** Carte interactive: Leaflet bundled offline, commune and QPV layers, residences coloured by a chosen indicator. */
final class MapPage {

    private MapPage() {
    }

    /** The head elements a page with the map needs, relative to the site root. */
    static String head(String root) {
        return "<link rel=\"stylesheet\" href=\"" + root + "assets/leaflet/leaflet.css\">\n"
                + "<script src=\"" + root + "assets/leaflet/leaflet.js\" defer></script>\n"
                + "<script src=\"" + root + "donnees/communes.js\" defer></script>\n"
                + "<script src=\"" + root + "donnees/qpv.js\" defer></script>\n"
                + "<script src=\"" + root + "donnees/residences.js\" defer></script>\n"
                + "<script src=\"" + root + "assets/carte.js\" defer></script>\n";
    }

    static String mapBlock(String root, String cssClass) {
        return "<div class=\"filtres\"><label for=\"indicateur\">Colorer les résidences selon\n"
                + "<select id=\"indicateur\">\n"
                + "<option value=\"croisement\">accessible et non fragile</option>\n"
                + "<option value=\"fragilite\">fragilité de l'occupation</option>\n"
                + "<option value=\"accessibilite\">accessibilité aux ménages les plus modestes</option>\n"
                + "</select></label></div>\n"
                + "<div id=\"carte\" class=\"carte " + cssClass + "\" data-racine=\"" + root + "\" role=\"region\" "
                + "aria-label=\"Carte interactive des résidences sociales de Dijon Métropole\"></div>\n"
                + "<p class=\"note\">Carte sans fond de plan (fonctionne hors ligne) : limites des communes (IGN Admin Express "
                + "2018), périmètres des quartiers prioritaires 2024 (ANCT) et résidences du RPLS. Chaque cercle est une "
                + "résidence ; sa surface suit le nombre de logements. Cliquer sur un cercle ouvre ses chiffres clés et le "
                + "lien vers sa fiche. Les mêmes données figurent dans le <a href=\"" + root + "residences.html\">tableau "
                + "des résidences</a>.</p>\n";
    }

    static String body() {
        return "<p>Résidences du parc social de Dijon Métropole, sur les communes et les quartiers prioritaires 2024.</p>\n"
                + mapBlock("", "");
    }
}
