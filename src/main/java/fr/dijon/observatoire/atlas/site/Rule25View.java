package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import java.util.Comparator;
import java.util.Optional;

/** The 25 % rule as every page shows it: from mart_regle_25 alone, one decimal. */
public final class Rule25View {

    private Rule25View() {
    }

    public static Optional<AtlasData.Rule25> latest(AtlasData data) {
        return data.rule25().stream().max(Comparator.comparingInt(AtlasData.Rule25::year));
    }

    public static Value share(AtlasData.Rule25 r) {
        return Value.masked(r.secret(), Value.share(r.ratio(), 1));
    }
}
