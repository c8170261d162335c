package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.format.FrenchNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The key-figure cards of a territory. Every card says its base: « accessible » is a share of all residences,
 * « fragile » and the crossed classes are counted among the residences whose occupation is published. Values come
 * from mart_territoire; the split of « accessible et non fragile » into « équilibrée » and « à surveiller » is
 * counted on the published residences (mart_residence), which add up to the same figure.
 */
public final class KeyFigures {

    private final AtlasData data;

    public KeyFigures(AtlasData data) {
        this.data = data;
    }

    /** The cards of a territory; with {@code compare}, each card also gives the metropolis's figure. */
    public List<Card> cards(String level, String code, List<AtlasData.Residence> residences, boolean compare) {
        List<Card> cards = new ArrayList<>();
        String epci = data.epci();
        int millesime = data.metadata().rplsMillesime();
        AtlasData.TerritoryValue dwellings = data.territory(level, code, "logements");
        cards.add(new Card(count(dwellings), null, "logements sociaux", "RPLS " + millesime, null, null));
        cards.add(new Card(count(data.territory(level, code, "residences")), null, "résidences", "RPLS " + millesime,
                null, null));
        AtlasData.TerritoryValue qpv = data.territory(level, code, "part_qpv");
        if (qpv != null && !level.equals("qpv")) {
            cards.add(new Card(share(qpv, 1), null, "des logements en quartier prioritaire",
                    "sur " + number(qpv.denominator()) + " logements", comparison(compare, epci, "part_qpv", 1), null));
        }
        AtlasData.TerritoryValue accessible = data.territory(level, code, "residences_accessibles");
        if (accessible != null) {
            cards.add(new Card(numerator(accessible), share(accessible, 1), "résidences accessibles aux ménages les plus modestes",
                    "sur " + number(accessible.denominator()) + " résidences",
                    comparison(compare, epci, "residences_accessibles", 1), "cl-accessible"));
        }
        if (data.opsAvailable()) {
            occupation(cards, level, code, residences, compare, epci);
        }
        return cards;
    }

    private void occupation(List<Card> cards, String level, String code, List<AtlasData.Residence> residences,
                            boolean compare, String epci) {
        AtlasData.TerritoryValue fragile = data.territory(level, code, "residences_fragiles");
        long masked = residences.stream().filter(r -> r.fragilitySecret() != null).count();
        int classified = fragile == null || fragile.denominator() == null ? 0 : fragile.denominator().intValue();
        String base = "parmi les " + number((double) classified) + " résidences dont l'occupation est publiée ("
                + FrenchNumbers.display(masked, 0) + " sous secret statistique)";
        boolean allMasked = classified == 0 && masked > 0;
        if (allMasked) {
            base = "l'occupation de toutes les résidences du territoire est couverte par le secret statistique";
        }
        cards.add(new Card(allMasked ? Value.SECRET : numerator(fragile), allMasked ? null : share(fragile, 1),
                "résidences à l'occupation fragile", base, comparison(compare, epci, "residences_fragiles", 1), "cl-fragile"));
        long balanced = residences.stream().filter(r -> Classes.BALANCED.equals(Classes.crossing(r))).count();
        long watch = residences.stream().filter(r -> Classes.WATCH.equals(Classes.crossing(r))).count();
        cards.add(new Card(allMasked ? Value.SECRET : Value.count(balanced), null, "résidences accessibles et équilibrées",
                base, null, "cl-equilibree"));
        cards.add(new Card(allMasked ? Value.SECRET : Value.count(watch), null, "résidences accessibles, à surveiller",
                base, null, "cl-surveiller"));
        AtlasData.TerritoryValue poor = data.territory(level, code, "tres_bas_revenus");
        if (poor != null) {
            cards.add(new Card(share(poor, 0), null, "des ménages sous 20 % des plafonds PLUS",
                    "ménages répondants à l'enquête OPS " + data.metadata().opsYear(),
                    comparison(compare, epci, "tres_bas_revenus", 0), null));
        }
    }

    private String comparison(boolean compare, String epci, String indicator, int decimals) {
        if (!compare) {
            return null;
        }
        AtlasData.TerritoryValue reference = data.territory("epci", epci, indicator);
        return reference == null ? null : "Métropole : " + share(reference, decimals).text();
    }

    private static Value count(AtlasData.TerritoryValue v) {
        return v == null ? Value.NONE : Value.masked(v.secret(), Value.count(v.value()));
    }

    private static Value numerator(AtlasData.TerritoryValue v) {
        return v == null ? Value.NONE : Value.masked(v.secret(), Value.count(v.numerator()));
    }

    static Value share(AtlasData.TerritoryValue v, int decimals) {
        return v == null ? Value.NONE : Value.masked(v.secret(), Value.share(v.value(), decimals));
    }

    private static String number(Double n) {
        return n == null ? "–" : FrenchNumbers.display(n, 0);
    }
}
