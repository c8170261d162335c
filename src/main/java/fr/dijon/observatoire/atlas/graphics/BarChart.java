package fr.dijon.observatoire.atlas.graphics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Vertical bar chart of one series over ordered categories (typologies T1…T5+, financing groups,
 * construction periods, energy ratings…). A null value (statistical secrecy) draws no bar and an "s".
 */
public final class BarChart extends ChartGraphic {

    private static final String SERIES = "valeur";

    private final String valueAxisLabel;
    private final LinkedHashMap<String, Double> values;
    private final boolean percent;

    private BarChart(String title, String valueAxisLabel, LinkedHashMap<String, Double> values, boolean percent,
            String source) {
        super(title, source);
        this.valueAxisLabel = fr.dijon.observatoire.format.Typography.apply(valueAxisLabel);
        this.values = new LinkedHashMap<>();
        values.forEach((k, v) -> this.values.put(fr.dijon.observatoire.format.Typography.apply(k), v));
        this.percent = percent;
    }

    /**
     * Bar chart of {@code values} in their iteration order.
     *
     * @param values  category label → value; null for a value masked by statistical secrecy
     * @param percent whether the values are shares in [0, 1], shown as percentages ("27,5 %");
     *                otherwise they are counts or amounts ("1 250")
     * @param source  source line, e.g. "Source : RPLS 2024 (SDES), traitement observatoire"
     */
    public static BarChart categories(String title, String valueAxisLabel, LinkedHashMap<String, Double> values,
            boolean percent, String source) {
        return new BarChart(title, valueAxisLabel, values, percent, source);
    }

    /** Category → value (null when masked), in drawing order. */
    public Map<String, Double> values() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String textAlternative() {
        List<String> parts = new ArrayList<>();
        boolean anySecret = false;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            anySecret |= e.getValue() == null;
            parts.add(e.getKey() + " " + FrenchLabels.value(e.getValue(), percent));
        }
        String text = title + "\u00A0: " + (parts.isEmpty() ? "aucune donnée" : String.join(", ", parts)) + ".";
        if (anySecret) {
            text += " «\u00A0s\u00A0»\u00A0: valeur couverte par le secret statistique.";
        }
        return text;
    }

    @Override
    protected JFreeChart build() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Double v = e.getValue();
            dataset.addValue(v == null ? null : percent ? v * 100 : v, SERIES, e.getKey());
        }
        CategoryAxis categoryAxis = new CategoryAxis(null);
        ChartSupport.styleCategoryAxis(categoryAxis);
        NumberAxis valueAxis = new NumberAxis(valueAxisLabel);
        ChartSupport.styleAxis(valueAxis);
        valueAxis.setNumberFormatOverride(FrenchLabels.axisFormat(percent, Double.MAX_VALUE));
        valueAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        valueAxis.setAutoRangeIncludesZero(true);
        valueAxis.setUpperMargin(0.3);
        if (!hasPositive()) {
            valueAxis.setRange(0, percent ? 100 : 10);
        }

        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);

        JFreeChart result = ChartSupport.chart(title, plot, false, source);
        // After the theme, which resets renderer fonts and painters.
        renderer.setSeriesPaint(0, AtlasPalette.series(0));
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
                "{2}", FrenchLabels.axisFormat(percent, Double.MAX_VALUE)) {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset data, int row, int column) {
                Number n = data.getValue(row, column);
                if (n == null) {
                    return null;
                }
                return percent ? FrenchLabels.percentValue(n.doubleValue(), 1) : FrenchLabels.number(n.doubleValue(), 1);
            }
        });
        ChartSupport.itemLabels(renderer, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER), 3);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null) {
                ChartSupport.mark(plot, FrenchLabels.SECRET, e.getKey(), 0.0, TextAnchor.BOTTOM_CENTER);
            }
        }
        return result;
    }

    private boolean hasPositive() {
        return values.values().stream().anyMatch(v -> v != null && v > 0);
    }
}
