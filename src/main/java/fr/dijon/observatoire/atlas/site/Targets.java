package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import java.time.YearMonth;
import java.util.List;

/**
 * The actions with a target, as the site and the PDF show them: each with its year and the months it covers. The
 * partner's own share of the 25 % rule is left out: the rule is shown from mart_regle_25 only (one source).
 */
public final class Targets {

    static final String RULE_25_RATE = "taux_attributions_hors_qpv_q1";

    private Targets() {
    }

    public static List<AtlasData.Target> actions(AtlasData data) {
        return data.targets().stream().filter(t -> !t.indicator().equals(RULE_25_RATE)).toList();
    }

    /** The period a target covers: « janvier à novembre 2026 », « novembre 2026 » (a stock) or « année 2025 ». */
    public static String span(AtlasData.Target t, YearMonth period) {
        if (t.year() < period.getYear() || t.months() >= 12) {
            return "année " + t.year();
        }
        return "flux".equals(t.nature()) ? Months.span(t.year(), t.months())
                : Months.label(YearMonth.of(t.year(), t.months()).toString());
    }
}
