package fr.dijon.observatoire.atlas.graphics;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import fr.dijon.observatoire.format.Typography;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Monthly series (typically 24 months). A masked month (statistical secrecy) leaves a gap marked « s » under the
 * line; a month without data leaves a plain gap. The x axis shows French month labels ("janv. 2025"), every month
 * up to 12 months, else every third month. A chart is drawn only when at least one value is published.
 */
public final class LineChart extends ChartGraphic {

    private final String unitLabel;
    private final List<YearMonth> months;
    private final LinkedHashMap<String, List<Double>> series;
    private final Map<String, List<Boolean>> masked;

    private LineChart(String title, String unitLabel, List<YearMonth> months, Map<String, List<Double>> series,
            Map<String, List<Boolean>> masked, String source) {
        super(title, source);
        this.unitLabel = Typography.apply(unitLabel);
        this.months = List.copyOf(months);
        this.series = new LinkedHashMap<>();
        this.masked = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            if (e.getValue().size() != months.size()) {
                throw new IllegalArgumentException("La série «\u00A0" + e.getKey() + "\u00A0» a " + e.getValue().size()
                        + " valeurs pour " + months.size() + " mois");
            }
            String key = Typography.apply(e.getKey());
            this.series.put(key, java.util.Collections.unmodifiableList(new ArrayList<>(e.getValue())));
            List<Boolean> m = masked.get(e.getKey());
            this.masked.put(key, m == null ? java.util.Collections.nCopies(months.size(), false) : List.copyOf(m));
        }
    }

    /**
     * Line chart of monthly values.
     *
     * @param unitLabel label of the value axis, e.g. "demandes" or "nuitées"
     * @param months    the months, in order; each series has one value per month (null = gap)
     * @param series    series name → values, drawn in the map's iteration order (use a LinkedHashMap);
     *                  the legend is shown only when there are several series
     */
    public static LineChart monthly(String title, String unitLabel, List<YearMonth> months,
            Map<String, List<Double>> series, String source) {
        return new LineChart(title, unitLabel, months, series, Map.of(), source);
    }

    /** The same, where {@code masked} tells, per series and month, that a null value is masked by secrecy. */
    public static LineChart monthly(String title, String unitLabel, List<YearMonth> months,
            Map<String, List<Double>> series, Map<String, List<Boolean>> masked, String source) {
        return new LineChart(title, unitLabel, months, series, masked, source);
    }

    /** Whether at least one value is published (otherwise the page says so in words instead of drawing axes). */
    public boolean hasValues() {
        return series.values().stream().flatMap(List::stream).anyMatch(Objects::nonNull);
    }

    @Override
    public String textAlternative() {
        StringBuilder text = new StringBuilder(title);
        if (months.isEmpty()) {
            return text.append("\u00A0: aucune donnée.").toString();
        }
        text.append("\u00A0: données mensuelles de ").append(FrenchLabels.month(months.get(0)))
                .append(" à ").append(FrenchLabels.month(months.get(months.size() - 1)));
        if (unitLabel != null && !unitLabel.isBlank()) {
            text.append(" (").append(unitLabel).append(")");
        }
        text.append(".");
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            List<String> parts = new ArrayList<>();
            int secret = 0;
            int missing = 0;
            for (int i = 0; i < months.size(); i++) {
                Double v = e.getValue().get(i);
                if (masked.get(e.getKey()).get(i)) {
                    secret++;
                    parts.add(FrenchLabels.month(months.get(i)) + " " + FrenchLabels.SECRET);
                } else if (v == null) {
                    missing++;
                } else {
                    parts.add(FrenchLabels.month(months.get(i)) + " " + FrenchLabels.number(v, 1));
                }
            }
            text.append(' ').append(series.size() > 1 ? e.getKey() + "\u00A0: " : "");
            text.append(parts.isEmpty() ? "aucune valeur" : String.join(", ", parts));
            if (secret > 0) {
                text.append(" (").append(secret).append(" mois couverts par le secret statistique, «\u00A0s\u00A0»)");
            }
            if (missing > 0) {
                text.append(" (").append(missing).append(" mois sans donnée)");
            }
            text.append('.');
        }
        return text.toString();
    }

    @Override
    protected JFreeChart build() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            for (int i = 0; i < months.size(); i++) {
                dataset.addValue(e.getValue().get(i), e.getKey(), months.get(i));
            }
        }
        int step = months.size() <= 12 ? 1 : months.size() <= 36 ? 3 : 6;
        CategoryAxis monthAxis = new MonthAxis(step);
        ChartSupport.styleCategoryAxis(monthAxis);
        monthAxis.setMaximumCategoryLabelLines(2);
        monthAxis.setCategoryMargin(0);
        monthAxis.setLowerMargin(0.01);
        monthAxis.setUpperMargin(0.01);
        monthAxis.setTickMarksVisible(true);

        NumberAxis valueAxis = new NumberAxis(unitLabel);
        ChartSupport.styleAxis(valueAxis);
        valueAxis.setNumberFormatOverride(FrenchLabels.axisFormat(false, Double.MAX_VALUE));
        valueAxis.setAutoRangeIncludesZero(true);
        valueAxis.setUpperMargin(0.08);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        double max = series.values().stream().flatMap(List::stream).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        if (max <= 0) {
            valueAxis.setRange(0, 10);
        }

        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        CategoryPlot plot = new CategoryPlot(dataset, monthAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        for (int i = 0; i < months.size(); i++) {
            final int month = i;
            if (masked.values().stream().anyMatch(m -> m.get(month))) {
                ChartSupport.mark(plot, FrenchLabels.SECRET, months.get(i), 0.0, TextAnchor.BOTTOM_CENTER);
            }
        }

        JFreeChart result = ChartSupport.chart(title, plot, series.size() > 1, source);
        int i = 0;
        for (String ignored : series.keySet()) {
            renderer.setSeriesPaint(i, AtlasPalette.series(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            i++;
        }
        return result;
    }

    /** Category axis labelling months in French, only every {@code step}-th month. */
    @SuppressWarnings("serial")
    private static final class MonthAxis extends CategoryAxis {
        private final int step;

        MonthAxis(int step) {
            super(null);
            this.step = step;
        }

        @Override
        protected TextBlock createLabel(@SuppressWarnings("rawtypes") Comparable category, float width,
                RectangleEdge edge, Graphics2D g2) {
            if (!(category instanceof YearMonth month)) {
                return super.createLabel(category, width, edge, g2);
            }
            int index = getPlot() instanceof CategoryPlot p ? p.getCategories().indexOf(month) : 0;
            if (index % step != 0) {
                return new TextBlock();
            }
            // The label may span the neighbouring (unlabelled) categories.
            return org.jfree.chart.text.TextUtils.createTextBlock(FrenchLabels.month(month), getTickLabelFont(category),
                    getTickLabelPaint(category), width * step, getMaximumCategoryLabelLines(),
                    new org.jfree.chart.text.G2TextMeasurer(g2));
        }
    }
}
