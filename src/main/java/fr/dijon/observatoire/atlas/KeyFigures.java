package fr.dijon.observatoire.atlas;

/** The key-figure cards of a territory, optionally compared with the EPCI. */
final class KeyFigures {

    private final AtlasData data;
    private final String epci;

    KeyFigures(AtlasData data, String epci) {
        this.data = data;
        this.epci = epci;
    }

    String cards(String level, String code, boolean compare) {
        StringBuilder html = new StringBuilder("<ul class=\"chiffres\">\n");
        card(html, level, code, "logements", "logements sociaux", false, false, compare);
        card(html, level, code, "residences", "résidences", false, false, compare);
        card(html, level, code, "part_qpv", "des logements en quartier prioritaire", true, false, compare);
        card(html, level, code, "residences_accessibles", "résidences accessibles aux ménages les plus modestes", false, true, compare);
        card(html, level, code, "residences_fragiles", "résidences à l'occupation fragile (parmi celles classées)", false, true, compare);
        card(html, level, code, "residences_accessibles_non_fragiles", "résidences accessibles et non fragiles", false, true, compare);
        card(html, level, code, "tres_bas_revenus", "des ménages sous 20 % des plafonds PLUS (OPS)", true, false, compare);
        return html.append("</ul>\n").toString();
    }

    private void card(StringBuilder html, String level, String code, String indicator, String label, boolean percent,
                      boolean countAndShare, boolean compare) {
        AtlasData.TerritoryValue v = data.territory(level, code, indicator);
        if (v == null) {
            return;
        }
        String value;
        if (v.secret() != null) {
            value = Formats.SECRET;
        } else if (countAndShare) {
            value = Formats.count(v.numerator()) + " <small>(" + Formats.percent(v.value()) + ")</small>";
        } else {
            value = percent ? Formats.percent(v.value()) : Formats.count(v.value());
        }
        html.append("<li><span class=\"valeur\">").append(value).append("</span><span class=\"libelle\">")
                .append(Html.text(label)).append("</span>");
        AtlasData.TerritoryValue reference = data.territory("epci", epci, indicator);
        if (compare && reference != null && (percent || countAndShare)) {
            html.append("<span class=\"comparaison\">Métropole : ")
                    .append(Formats.masked(reference.value(), reference.secret(), true)).append("</span>");
        }
        html.append("</li>\n");
    }
}
