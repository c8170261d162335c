package fr.dijon.observatoire.atlas;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fr.dijon.observatoire.atlas.graphics.AtlasGraphic;
import fr.dijon.observatoire.atlas.site.Classes;
import fr.dijon.observatoire.atlas.site.Months;
import fr.dijon.observatoire.atlas.graphics.BarChart;
import fr.dijon.observatoire.atlas.graphics.ChoroplethMap;
import fr.dijon.observatoire.atlas.graphics.DotMap;
import fr.dijon.observatoire.atlas.graphics.LineChart;
import fr.dijon.observatoire.atlas.graphics.ResidencePoint;
import fr.dijon.observatoire.format.FrenchNumbers;
import fr.dijon.observatoire.geo.GeoFeature;
import fr.dijon.observatoire.geo.GeoJsonFeatures;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The PDF atlas (OpenPDF): a cover, a table of contents, page numbers, the EPCI summary, one page per commune
 * and per QPV, and the homelessness section, with vector maps and charts drawn by the same code as the site and
 * embedded DejaVu fonts. Rendered twice: the first pass finds the page of each section for the contents.
 */
public final class AtlasPdf {

    private final AtlasData data;
    private final List<GeoFeature> communes;
    private final List<GeoFeature> qpv;
    private final String epci;
    private final PdfFonts fonts = new PdfFonts();

    public AtlasPdf(AtlasData data, Path referenceDir) throws IOException {
        this.data = data;
        this.communes = GeoJsonFeatures.read(referenceDir.resolve("dm_communes.geojson"), "code_insee");
        this.qpv = GeoJsonFeatures.read(referenceDir.resolve("dm_qpv_2024.geojson"), "code_qp");
        this.epci = data.territoryNames("epci").firstKey();
    }

    /** The full atlas: summary, every commune and QPV, homelessness. */
    public void write(Path file) throws IOException {
        write(file, true);
    }

    /** The 4–8 page summary of the CIL pack: summary with its maps and the homelessness section, no sheets. */
    public void writeSynthesis(Path file) throws IOException {
        write(file, false);
    }

    /** Renders once, leaving page 2 for the contents, then stamps the contents with the pages found. */
    private void write(Path file, boolean sheets) throws IOException {
        Map<String, Integer> pages = new LinkedHashMap<>();
        byte[] pdf = render(pages, sheets);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        com.lowagie.text.pdf.PdfStamper stamper = new com.lowagie.text.pdf.PdfStamper(reader, out);
        ColumnText column = new ColumnText(stamper.getOverContent(2));
        Document page = new Document(PageSize.A4, 48, 48, 54, 60);
        column.setSimpleColumn(page.left(), page.bottom(), page.right(), page.top() - 40);
        column.addElement(tableOfContents(pages));
        column.addElement(new Paragraph("\n« s » : valeur couverte par le secret statistique (moins de "
                + data.metadata().secrecyThreshold() + " ménages ou personnes, ou valeur masquée pour qu'aucune autre ne "
                + "se retrouve par différence).", fonts.font(9, false)));
        column.go();
        stamper.close();
        reader.close();
        Files.write(file, out.toByteArray());
    }

    private byte[] render(Map<String, Integer> sectionPages, boolean sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 54, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(fonts, data.metadata().period()));
        document.addTitle("Atlas du parc social de Dijon Métropole — " + data.metadata().period());
        document.addAuthor("Observatoire du sans-abrisme et de l'occupation du parc social");
        document.open();
        cover(document, fonts);
        document.newPage();
        document.add(heading("Sommaire"));
        section(document, writer, sectionPages, "Synthèse de la métropole", () -> summary(document, writer, fonts));
        for (Map.Entry<String, String> c : sheets ? data.territoryNames("commune").entrySet()
                : Map.<String, String>of().entrySet()) {
            section(document, writer, sectionPages, "Commune : " + c.getValue(),
                    () -> territory(document, writer, fonts, "commune", c.getKey(), c.getValue()));
        }
        for (Map.Entry<String, String> q : sheets ? data.territoryNames("qpv").entrySet()
                : Map.<String, String>of().entrySet()) {
            section(document, writer, sectionPages, "Quartier prioritaire : " + q.getValue(),
                    () -> territory(document, writer, fonts, "qpv", q.getKey(), q.getValue()));
        }
        section(document, writer, sectionPages, "Sans-abrisme et Logement d'abord", () -> homelessness(document, writer, fonts));
        document.close();
        return out.toByteArray();
    }

    private interface Content {
        void add() throws Exception;
    }

    private void section(Document document, PdfWriter writer, Map<String, Integer> pages, String title, Content content) {
        document.newPage();
        pages.put(title, writer.getPageNumber());
        try {
            document.add(heading(title));
            content.add();
        } catch (Exception e) {
            throw new IllegalStateException("échec de la page « " + title + " » de l'atlas PDF : " + e.getMessage(), e);
        }
    }

    private Paragraph heading(String title) {
        Paragraph p = new Paragraph(title, fonts.font(17, true));
        p.setSpacingAfter(8);
        return p;
    }

    private void cover(Document document, PdfFonts fonts) {
        Paragraph title = new Paragraph("\n\n\n\nAtlas du parc social\nde Dijon Métropole", fonts.font(30, true));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        AtlasData.Metadata m = data.metadata();
        Paragraph subtitle = new Paragraph("\n\nQuelles résidences peuvent accueillir les ménages prioritaires les plus "
                + "modestes, et lesquelles ont déjà une occupation fragile ?\n\nPériode " + Months.label(m.period())
                + " — RPLS " + m.rplsMillesime() + (m.opsYear() == null ? "" : " — enquête OPS " + m.opsYear())
                + "\nMéthode " + m.methodVersion() + "\n\nObservatoire du sans-abrisme et de l'occupation du parc social",
                fonts.font(13, false));
        subtitle.setAlignment(Element.ALIGN_CENTER);
        document.add(subtitle);
    }

    private PdfPTable tableOfContents(Map<String, Integer> pages) {
        PdfPTable table = new PdfPTable(new float[] {9, 1});
        table.setWidthPercentage(100);
        pages.forEach((title, page) -> {
            table.addCell(cell(title, fonts.font(9.5f, false), Element.ALIGN_LEFT));
            table.addCell(cell(page.toString(), fonts.font(9.5f, false), Element.ALIGN_RIGHT));
        });
        return table;
    }

    private static com.lowagie.text.pdf.PdfPCell cell(String text, com.lowagie.text.Font font, int alignment) {
        com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell(new Phrase(text, font));
        cell.setBorder(0);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(2.5f);
        return cell;
    }

    private void summary(Document document, PdfWriter writer, PdfFonts fonts) {
        document.add(keyFigures(fonts, "epci", epci));
        graphic(document, writer, map("Résidences sociales de la métropole", data.residences(), null), 500, 400);
        document.add(secretNote(fonts));
        document.newPage();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String code : data.territoryNames("commune").keySet()) {
            AtlasData.TerritoryValue v = data.territory("commune", code, "part_logements_accessibles");
            values.put(code, v == null || v.secret() != null ? null : v.value());
        }
        graphic(document, writer, ChoroplethMap.communes("Part des logements accessibles aux ménages les plus modestes",
                communes, values, true, "logements accessibles", "Sources : RPLS " + data.metadata().rplsMillesime()
                        + " (SDES), loyers plafonds APL ; IGN Admin Express 2018 — traitement observatoire").withQpv(qpv),
                500, 420);
        document.add(secretNote(fonts));
    }

    private void territory(Document document, PdfWriter writer, PdfFonts fonts, String level, String code, String name) {
        List<AtlasData.Residence> residences = data.residences().stream()
                .filter(r -> level.equals("commune") ? r.depcom().equals(code) : code.equals(r.qpvCode())).toList();
        document.add(keyFigures(fonts, level, code));
        org.locationtech.jts.geom.Geometry focus = null;
        for (GeoFeature f : level.equals("commune") ? communes : qpv) {
            if (f.id().equals(code)) {
                focus = f.geometry();
            }
        }
        graphic(document, writer, map("Résidences sociales — " + name, residences, focus), 500, 362);
        int[] typology = new int[5];
        residences.forEach(r -> {
            for (int i = 0; i < 5; i++) {
                typology[i] += r.typology()[i];
            }
        });
        LinkedHashMap<String, Double> values = new LinkedHashMap<>();
        String[] labels = {"T1", "T2", "T3", "T4", "T5 et plus"};
        for (int i = 0; i < 5; i++) {
            values.put(labels[i], (double) typology[i]);
        }
        graphic(document, writer, BarChart.categories("Logements par typologie", "logements", values, false,
                "Source : RPLS " + data.metadata().rplsMillesime() + " (SDES), traitement observatoire"), 500, 140);
        document.add(secretNote(fonts));
    }

    private void homelessness(Document document, PdfWriter writer, PdfFonts fonts) {
        if (!data.partnersAvailable()) {
            document.add(new Paragraph("Aucun comptage des partenaires importé pour cette période.", fonts.font(11, false)));
            return;
        }
        graphic(document, writer, line("115 : demandes et demandes non pourvues", "demandes",
                List.of("demandes_115", "demandes_non_pourvues_115")), 500, 260);
        graphic(document, writer, line("Logement d'abord : ménages accompagnés", "ménages",
                List.of("menages_accompagnes_lda")), 500, 230);
        PdfPTable table = new PdfPTable(new float[] {6, 1.3f, 1.3f, 1.3f});
        table.setWidthPercentage(100);
        for (String header : List.of("Action", "Réalisé", "Objectif", "Réalisation")) {
            table.addCell(cell(header, fonts.font(9, true), Element.ALIGN_LEFT));
        }
        for (AtlasData.Target t : data.targets()) {
            table.addCell(cell(t.label(), fonts.font(8.5f, false), Element.ALIGN_LEFT));
            table.addCell(cell(t.secret() != null ? "s" : plain(t.achieved()), fonts.font(8.5f, false), Element.ALIGN_RIGHT));
            table.addCell(cell(FrenchNumbers.display(t.annualTarget(), 0), fonts.font(8.5f, false), Element.ALIGN_RIGHT));
            table.addCell(cell(t.secret() != null ? "s" : percent(t.rate()), fonts.font(8.5f, false), Element.ALIGN_RIGHT));
        }
        document.newPage();
        document.add(new Paragraph("Avancement des actions par rapport à leur objectif annuel", fonts.font(12, true)));
        document.add(table);
        document.add(secretNote(fonts));
    }

    private DotMap map(String title, List<AtlasData.Residence> residences, org.locationtech.jts.geom.Geometry focus) {
        List<ResidencePoint> points = new ArrayList<>();
        for (AtlasData.Residence r : residences) {
            if (r.lon() != null && r.lat() != null) {
                points.add(new ResidencePoint(r.lon(), r.lat(), r.dwellings(), Classes.crossing(r)));
            }
        }
        DotMap map = DotMap.residences(title, communes, qpv, points, "Accessibilité et fragilité",
                "Sources : IGN Admin Express 2018, ANCT QPV 2024, RPLS " + data.metadata().rplsMillesime()
                        + " — traitement observatoire");
        return focus == null ? map : map.focus(focus);
    }

    private LineChart line(String title, String unit, List<String> indicators) {
        TreeSet<String> months = new TreeSet<>();
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        for (AtlasData.SeriesPoint p : data.series()) {
            if (indicators.contains(p.indicator())) {
                months.add(p.month());
                series.computeIfAbsent(p.label(), k -> new LinkedHashMap<>()).put(p.month(), p.secret() == null ? p.value() : null);
            }
        }
        Map<String, List<Double>> values = new LinkedHashMap<>();
        series.forEach((label, byMonth) -> values.put(label, months.stream().map(byMonth::get).toList()));
        return LineChart.monthly(title, unit, months.stream().map(YearMonth::parse).toList(), values,
                "Source : comptages mensuels des partenaires, traitement observatoire");
    }

    private PdfPTable keyFigures(PdfFonts fonts, String level, String code) {
        PdfPTable table = new PdfPTable(new float[] {5, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.addCell(cell("Indicateur", fonts.font(9, true), Element.ALIGN_LEFT));
        table.addCell(cell(level.equals("epci") ? "Métropole" : "Territoire", fonts.font(9, true), Element.ALIGN_RIGHT));
        table.addCell(cell(level.equals("epci") ? "" : "Métropole", fonts.font(9, true), Element.ALIGN_RIGHT));
        String[][] rows = {{"logements", "Logements sociaux", "n"}, {"residences", "Résidences", "n"},
            {"part_qpv", "Part des logements en QPV", "%"}, {"residences_accessibles", "Résidences accessibles", "n%"},
            {"residences_fragiles", "Résidences à l'occupation fragile", "n%"},
            {"residences_accessibles_non_fragiles", "Résidences accessibles et non fragiles", "n%"},
            {"tres_bas_revenus", "Ménages sous 20 % des plafonds PLUS", "%"}};
        for (String[] row : rows) {
            table.addCell(cell(row[1], fonts.font(9, false), Element.ALIGN_LEFT));
            table.addCell(cell(value(data.territory(level, code, row[0]), row[2]), fonts.font(9, false), Element.ALIGN_RIGHT));
            table.addCell(cell(level.equals("epci") ? "" : value(data.territory("epci", epci, row[0]), row[2]),
                    fonts.font(9, false), Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static String value(AtlasData.TerritoryValue v, String kind) {
        if (v == null) {
            return "–";
        }
        if (v.secret() != null) {
            return "s";
        }
        return switch (kind) {
            case "%" -> percent(v.value());
            case "n%" -> plain(v.numerator()) + " (" + percent(v.value()) + ")";
            default -> plain(v.value());
        };
    }

    private static String plain(Double value) {
        return value == null ? "–" : FrenchNumbers.display(value, 0);
    }

    private static String percent(Double share) {
        return share == null ? "–" : FrenchNumbers.display(share * 100, 1) + "\u202F%";
    }

    private Paragraph secretNote(PdfFonts fonts) {
        return new Paragraph("« s » : secret statistique (moins de " + data.metadata().secrecyThreshold()
                + " ménages ou personnes, ou valeur masquée pour qu'aucune autre ne se retrouve par différence).",
                fonts.font(8, false));
    }

    /** Draws a chart or map as vector graphics into the page flow. */
    private void graphic(Document document, PdfWriter writer, AtlasGraphic graphic, float width, float height) {
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, fonts);
        try {
            graphic.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlt(graphic.textAlternative());
        document.add(image);
    }

    /** Page numbers and the atlas name at the foot of every page but the cover. */
    private static final class Footer extends PdfPageEventHelper {
        private final PdfFonts fonts;
        private final String period;

        Footer(PdfFonts fonts, String period) {
            this.fonts = fonts;
            this.period = period;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Atlas du parc social de Dijon Métropole — " + period + " — page " + writer.getPageNumber(),
                            fonts.font(8, false)), (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
