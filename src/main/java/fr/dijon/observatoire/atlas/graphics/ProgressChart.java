package fr.dijon.observatoire.atlas.graphics;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal progress (bullet) bars: each bar is achieved ÷ annual target in percent (drawn up to 150 %),
 * a dark tick marks the target prorated to the date, a dashed line marks 100 %, and each bar is labelled
 * "32 / 40 (80 %)". A masked achievement shows "s".
 */
public final class ProgressChart extends ChartGraphic {

    /** Bars longer than this (in percent of the annual target) are cut. */
    public static final double VISUAL_CAP = 150;
    private static final double AXIS_MAX = 195;
    private static final String ACHIEVED = "réalisé";
    private static final String PRORATED = "objectif au prorata";

    private final List<TargetProgress> rows;

    private ProgressChart(String title, List<TargetProgress> rows, String source) {
        super(title, source);
        this.rows = rows.stream().map(r -> new TargetProgress(fr.dijon.observatoire.format.Typography.apply(r.label()),
                r.achieved(), r.annualTarget(), r.proratedTarget())).toList();
    }

    /** Progress towards annual targets, one bar per row, in the given order. */
    public static ProgressChart targets(String title, List<TargetProgress> rows, String source) {
        return new ProgressChart(title, rows, source);
    }

    /** The label written next to a bar: "32 / 40 (80 %)", or "s / 40" when masked. */
    public static String valueLabel(TargetProgress row) {
        String target = FrenchLabels.number(row.annualTarget(), 1);
        if (row.achieved() == null) {
            return FrenchLabels.SECRET + " / " + target;
        }
        return FrenchLabels.number(row.achieved(), 1) + " / " + target + " ("
                + FrenchLabels.percentValue(100 * row.rate(), 0) + ")";
    }

    @Override
    public String textAlternative() {
        List<String> parts = new ArrayList<>();
        for (TargetProgress row : rows) {
            String part = row.label() + "\u00A0: ";
            if (row.achieved() == null) {
                part += "réalisé couvert par le secret statistique (s), objectif annuel "
                        + FrenchLabels.number(row.annualTarget(), 1);
            } else {
                part += FrenchLabels.number(row.achieved(), 1) + " réalisés pour un objectif annuel de "
                        + FrenchLabels.number(row.annualTarget(), 1) + ", soit "
                        + FrenchLabels.percentValue(100 * row.rate(), 0);
            }
            if (row.proratedTarget() != null) {
                part += " (objectif au prorata\u00A0: " + FrenchLabels.number(row.proratedTarget(), 1) + ")";
            }
            parts.add(part);
        }
        return title + (parts.isEmpty() ? "\u00A0: aucun objectif." : " — " + String.join("\u00A0; ", parts) + ".");
    }

    @Override
    protected JFreeChart build() {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset markers = new DefaultCategoryDataset();
        boolean anyProrated = false;
        for (TargetProgress row : rows) {
            Double rate = row.rate();
            bars.addValue(rate == null ? null : Math.min(VISUAL_CAP, 100 * rate), ACHIEVED, row.label());
            Double prorated = row.proratedTarget() == null ? null
                    : Math.min(VISUAL_CAP, 100 * row.proratedTarget() / row.annualTarget());
            anyProrated |= prorated != null;
            markers.addValue(prorated, PRORATED, row.label());
        }
        CategoryAxis labels = new CategoryAxis(null);
        ChartSupport.styleCategoryAxis(labels);
        labels.setTickLabelFont(AtlasFonts.REGULAR);
        labels.setMaximumCategoryLabelWidthRatio(0.42f);
        labels.setMaximumCategoryLabelLines(4);
        labels.setCategoryMargin(0.35);

        NumberAxis percentAxis = new NumberAxis("en % de l’objectif annuel");
        ChartSupport.styleAxis(percentAxis);
        percentAxis.setRange(0, AXIS_MAX);
        percentAxis.setTickUnit(new NumberTickUnit(25));
        percentAxis.setNumberFormatOverride(FrenchLabels.axisFormat(true, VISUAL_CAP));

        BarRenderer barRenderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(bars, labels, percentAxis, barRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        LineAndShapeRenderer markerRenderer = new LineAndShapeRenderer(false, true);
        plot.setDataset(1, markers);
        plot.setRenderer(1, markerRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ValueMarker full = new ValueMarker(100, AtlasPalette.TEXT_MUTED, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        plot.addRangeMarker(full, Layer.BACKGROUND);

        JFreeChart result = ChartSupport.chart(title, plot, true, source);
        barRenderer.setSeriesPaint(0, AtlasPalette.series(0));
        barRenderer.setDrawBarOutline(false);
        barRenderer.setMaximumBarWidth(0.5);
        barRenderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return dataset.getValue(row, column) == null ? null : valueLabel(rows.get(column));
            }
        });
        ChartSupport.itemLabels(barRenderer, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT), 4);
        java.awt.Shape tick = new Rectangle2D.Double(-1.5, -9, 3, 18);
        markerRenderer.setSeriesShape(0, tick);
        markerRenderer.setSeriesPaint(0, AtlasPalette.TEXT);
        markerRenderer.setSeriesVisibleInLegend(0, anyProrated);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("réalisé, en % de l’objectif annuel (barre limitée à 150\u202F%)", null, null,
                null, new Rectangle2D.Double(-6, -4, 12, 8), AtlasPalette.series(0)));
        if (anyProrated) {
            legend.add(new LegendItem("objectif au prorata de la période écoulée", null, null, null, tick,
                    AtlasPalette.TEXT));
        }
        for (int i = 0; i < legend.getItemCount(); i++) {
            legend.get(i).setLabelFont(AtlasFonts.SMALL);
            legend.get(i).setLabelPaint(AtlasPalette.TEXT);
        }
        plot.setFixedLegendItems(legend);

        for (TargetProgress row : rows) {
            if (row.achieved() == null) {
                ChartSupport.mark(plot, valueLabel(row), row.label(), 1.0, TextAnchor.CENTER_LEFT);
            }
        }
        return result;
    }
}
