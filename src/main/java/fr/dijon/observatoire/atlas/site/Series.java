package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the published partner series: the last month, the year-to-date of a flux and the same months of the
 * previous year. A figure derived here (a sum of published months) is a function of published values only, and is
 * « s » as soon as one of its months is masked.
 */
public final class Series {

    private Series() {
    }

    public static List<AtlasData.SeriesPoint> of(AtlasData data, String indicator) {
        return data.series().stream().filter(p -> p.indicator().equals(indicator))
                .sorted(Comparator.comparing(AtlasData.SeriesPoint::month)).toList();
    }

    public static Optional<AtlasData.SeriesPoint> last(AtlasData data, String indicator) {
        List<AtlasData.SeriesPoint> points = of(data, indicator);
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    /** The published annual value of a year (the year-to-date for the period's year), or null. */
    public static AtlasData.AnnualValue annual(AtlasData data, String indicator, int year) {
        return data.annualValues().stream().filter(a -> a.indicator().equals(indicator) && a.year() == year)
                .findFirst().orElse(null);
    }

    /**
     * January to {@code month} of {@code year}: the sum of the months for a flux, the value of that month for a
     * stock; « s » if one month is masked, « – » if one is missing.
     */
    public static Value toMonth(AtlasData data, String indicator, String nature, int year, int month) {
        List<AtlasData.SeriesPoint> points = of(data, indicator);
        if (!"flux".equals(nature)) {
            String key = YearMonth.of(year, month).toString();
            return points.stream().filter(p -> p.month().equals(key)).findFirst()
                    .map(p -> Value.masked(p.secret(), Value.count(p.value()))).orElse(Value.NONE);
        }
        double sum = 0;
        for (int m = 1; m <= month; m++) {
            String key = YearMonth.of(year, m).toString();
            AtlasData.SeriesPoint p = points.stream().filter(x -> x.month().equals(key)).findFirst().orElse(null);
            if (p == null) {
                return Value.NONE;
            }
            if (p.secret() != null) {
                return Value.SECRET;
            }
            sum += p.value();
        }
        return Value.count(sum);
    }
}
