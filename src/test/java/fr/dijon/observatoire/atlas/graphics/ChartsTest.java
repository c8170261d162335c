package fr.dijon.observatoire.atlas.graphics;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartsTest {

    private static final String SOURCE = fr.dijon.observatoire.format.Typography.apply("Source : RPLS 2024 (SDES), traitement observatoire");

    private static BarChart typologyShares() {
        LinkedHashMap<String, Double> values = new LinkedHashMap<>();
        values.put("T1", 0.12);
        values.put("T2", 0.275);
        values.put("T3", 0.35);
        values.put("T4", null);
        values.put("T5+", 0.08);
        return BarChart.categories("Répartition des logements par typologie", "part des logements", values, true,
                SOURCE);
    }

    @Test
    void barChartSvgIsWellFormedWithFrenchNumbersAndSecrecyMark() {
        String svg = typologyShares().svg(640, 400);

        Document document = SvgAssertions.parse(svg);
        String texts = SvgAssertions.texts(document);
        assertThat(texts).contains("Répartition des logements par typologie", SOURCE, "T5+",
                "27,5\u202F%", "12,0\u202F%");
        assertThat(texts.lines()).contains("s");
        assertThat(svg).contains("DejaVu Sans").doesNotContain("SansSerif");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"");
    }

    @Test
    void barChartCountsUseNarrowNoBreakSpaceGrouping() {
        LinkedHashMap<String, Double> values = new LinkedHashMap<>();
        values.put("PLAI", 1250.0);
        values.put("PLUS", 25259.0);
        values.put("PLS", null);
        BarChart chart = BarChart.categories("Logements par financement", "logements", values, false, SOURCE);

        String texts = SvgAssertions.texts(SvgAssertions.parse(chart.svg(640, 400)));

        assertThat(texts).contains("1\u202F250", "25\u202F259");
        assertThat(chart.textAlternative())
                .isEqualTo("Logements par financement\u00A0: PLAI 1\u202F250, PLUS 25\u202F259, PLS s."
                        + " «\u00A0s\u00A0»\u00A0: valeur couverte par le secret statistique.");
    }

    @Test
    void barChartTextAlternativeListsTheValues() {
        assertThat(typologyShares().textAlternative()).startsWith(
                "Répartition des logements par typologie\u00A0: T1 12,0\u202F%, T2 27,5\u202F%, T3 35,0\u202F%, T4 s, T5+ 8,0\u202F%.");
    }

    @Test
    void svgOutputIsDeterministic() {
        assertThat(typologyShares().svg(500, 300)).isEqualTo(typologyShares().svg(500, 300));
    }

    @Test
    void lineChartHasFrenchMonthsGapsAndLegendForSeveralSeries() {
        List<YearMonth> months = new ArrayList<>();
        List<Double> requests = new ArrayList<>();
        List<Double> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(YearMonth.of(2024, 1).plusMonths(i));
            requests.add(i == 5 ? null : 1000.0 + 20 * i);
            answers.add(600.0 + 10 * i);
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("demandes au 115", requests);
        series.put("demandes pourvues", answers);
        LineChart chart = LineChart.monthly("Demandes d'hébergement d'urgence", "demandes", months, series, SOURCE);

        String svg = chart.svg(800, 400);
        String texts = SvgAssertions.texts(SvgAssertions.parse(svg));

        assertThat(texts).contains("janv. 2024", "avr. 2024", "janv. 2025", "demandes au 115", "demandes pourvues",
                "1\u202F000", SOURCE);
        assertThat(texts).doesNotContain("févr. 2024");
        assertThat(chart.textAlternative()).contains("janv. 2024 1\u202F000", "1 mois sans donnée",
                "de janv. 2024 à déc. 2025");
    }

    @Test
    void singleSeriesLineChartHasNoLegend() {
        List<YearMonth> months = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        LineChart chart = LineChart.monthly("Nuitées", "nuitées", months,
                Map.of("nuitées hôtelières", Arrays.asList(10.0, null, 12.5)), SOURCE);

        String texts = SvgAssertions.texts(SvgAssertions.parse(chart.svg(600, 300)));

        assertThat(texts).contains("janv. 2025", "févr. 2025", "mars 2025").doesNotContain("nuitées hôtelières");
    }

    @Test
    void progressChartLabelsBarsAndMasksSecretAchievements() {
        ProgressChart chart = ProgressChart.targets("Objectifs d’attribution 2025", List.of(
                new TargetProgress("Attributions hors QPV (1er quartile)", 32.0, 40, 30.0),
                new TargetProgress("Ménages sortant d'hébergement", 75.0, 50, 37.5),
                new TargetProgress("Ménages DALO", null, 20, 15.0)), SOURCE);

        String texts = SvgAssertions.texts(SvgAssertions.parse(chart.svg(700, 320)));

        assertThat(texts).contains("32 / 40 (80\u202F%)", "75 / 50 (150\u202F%)", "s / 20", "150\u202F%",
                "Objectifs d’attribution 2025");
        assertThat(texts).doesNotContain("175\u202F%");
        assertThat(chart.textAlternative()).contains("32 réalisés pour un objectif annuel de 40, soit 80\u202F%",
                "secret statistique");
    }

    @Test
    void chartsDrawOnARasterImage() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            typologyShares().draw(g, new Rectangle2D.Double(0, 0, 400, 300));
        } finally {
            g.dispose();
        }
        assertThat(image.getRGB(200, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        long nonWhite = 0;
        for (int x = 0; x < 400; x += 2) {
            for (int y = 0; y < 300; y += 2) {
                nonWhite += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        assertThat(nonWhite).isGreaterThan(500);
    }
}
