package fr.dijon.observatoire.atlas.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.atlas.site.MethodologyPage;
import fr.dijon.observatoire.atlas.graphics.BarChart;
import fr.dijon.observatoire.atlas.graphics.ChoroplethMap;
import fr.dijon.observatoire.atlas.graphics.DotMap;
import fr.dijon.observatoire.atlas.graphics.LineChart;
import fr.dijon.observatoire.atlas.graphics.ResidencePoint;
import fr.dijon.observatoire.atlas.site.Card;
import fr.dijon.observatoire.atlas.site.Classes;
import fr.dijon.observatoire.atlas.site.KeyFigures;
import fr.dijon.observatoire.atlas.site.Months;
import fr.dijon.observatoire.atlas.site.Rule25View;
import fr.dijon.observatoire.atlas.site.StockCharts;
import fr.dijon.observatoire.atlas.site.Targets;
import fr.dijon.observatoire.atlas.site.Value;
import fr.dijon.observatoire.geo.GeoFeature;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;

/**
 * The pages of the PDF atlas: cover, the metropolis's summary, one page per commune and per QPV (key figures
 * with their bases, map, typologies and the list of accessible and not fragile residences), homelessness and the
 * methodology. Every figure comes from the same reading of the marts as the site, so both publish one value.
 */
final class PdfSections {

    private static final String RPLS_SOURCE = "Sources : IGN Admin Express 2018, ANCT QPV 2024, RPLS %d — traitement observatoire";

    private final AtlasData data;
    private final List<GeoFeature> communes;
    private final List<GeoFeature> qpv;

    PdfSections(AtlasData data, List<GeoFeature> communes, List<GeoFeature> qpv) {
        this.data = data;
        this.communes = communes;
        this.qpv = qpv;
    }

    void cover(PdfBook book) {
        AtlasData.Metadata m = data.metadata();
        Paragraph title = new Paragraph("\n\n\n\nAtlas du parc social\nde Dijon Métropole", book.text().font(30, true));
        title.setAlignment(Element.ALIGN_CENTER);
        book.add(title);
        Paragraph subtitle = book.text().paragraph("\n\nQuelles résidences peuvent accueillir les ménages prioritaires "
                + "les plus modestes, et lesquelles ont déjà une occupation fragile ?\n\nPériode " + Months.label(m.period())
                + " — RPLS " + m.rplsMillesime() + (m.opsYear() == null ? "" : " — enquête OPS " + m.opsYear())
                + "\nMéthode " + m.methodVersion() + "\n\nObservatoire du sans-abrisme et de l'occupation du parc social", 13);
        subtitle.setAlignment(Element.ALIGN_CENTER);
        book.add(subtitle);
        book.newPage();
        book.add(book.text().heading("Sommaire", 17));
    }

    void summary(PdfBook book) {
        book.add(keyFigures(book, "epci", data.epci(), data.residences()));
        book.graphic(map("Résidences sociales de la métropole", data.residences(), null), 500, 400);
        book.newPage();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String code : data.territoryNames("commune").keySet()) {
            AtlasData.TerritoryValue v = data.territory("commune", code, "part_logements_accessibles");
            values.put(code, v == null || v.secret() != null ? null : v.value());
        }
        book.graphic(ChoroplethMap.communes("Part des logements accessibles aux ménages les plus modestes", communes,
                values, true, "logements accessibles", "Sources : RPLS " + data.metadata().rplsMillesime()
                        + " (SDES), loyers plafonds APL ; IGN Admin Express 2018 — traitement observatoire").withQpv(qpv),
                500, 420);
    }

    void territory(PdfBook book, String level, String code) {
        List<AtlasData.Residence> residences = data.residences().stream()
                .filter(r -> level.equals("commune") ? r.depcom().equals(code) : code.equals(r.qpvCode())).toList();
        book.add(keyFigures(book, level, code, residences));
        Geometry focus = null;
        for (GeoFeature f : level.equals("commune") ? communes : qpv) {
            if (f.id().equals(code)) {
                focus = f.geometry();
            }
        }
        String name = data.territoryNames(level).get(code);
        book.graphic(map("Résidences sociales — " + name, residences, focus), 500, 290);
        book.graphic(BarChart.categories("Logements par typologie", "logements", StockCharts.typology(residences), false,
                StockCharts.source(data.metadata().rplsMillesime())), 500, 140);
        List<List<String>> rows = new ArrayList<>();
        for (AtlasData.Residence r : residences) {
            String crossing = Classes.crossing(r);
            if (crossing.equals(Classes.BALANCED) || crossing.equals(Classes.WATCH)) {
                rows.add(List.of(dash(r.address()), Value.count(r.dwellings()).text(), crossing));
            }
        }
        book.add(book.text().heading("Résidences accessibles et non fragiles (" + rows.size() + ")", 11));
        if (rows.isEmpty()) {
            book.add(book.text().paragraph("Aucune résidence accessible dont l'occupation publiée n'est pas fragile.", 9));
        } else {
            book.add(book.text().table(new float[] {6, 1.4f, 3}, List.of("Adresse", "Logements", "Classe"), rows, 1, 8.5f));
        }
    }

    void homelessness(PdfBook book) {
        if (!data.partnersAvailable()) {
            book.add(book.text().paragraph("Aucun comptage des partenaires importé pour cette période.", 11));
            return;
        }
        book.graphic(line("115 : demandes et demandes non pourvues", "demandes",
                List.of("demandes_115", "demandes_non_pourvues_115")), 500, 250);
        book.graphic(line("Logement d'abord : ménages accompagnés", "ménages", List.of("menages_accompagnes_lda")), 500, 220);
        book.newPage();
        YearMonth period = YearMonth.parse(data.metadata().period());
        List<List<String>> rows = new ArrayList<>();
        for (AtlasData.Target t : Targets.actions(data)) {
            rows.add(List.of(dash(t.label()), Targets.span(t, period), Value.masked(t.secret(), Value.count(t.achieved())).text(),
                    Value.count(t.annualTarget()).text(), Value.masked(t.secret(), Value.share(t.rate(), 0)).text()));
        }
        book.add(book.text().heading("Avancement des actions par rapport à leur objectif annuel", 12));
        book.add(book.text().table(new float[] {5, 2.2f, 1.2f, 1.2f, 1.3f},
                List.of("Action", "Période", "Réalisé", "Objectif", "Réalisation"), rows, 2, 8));
        List<List<String>> rule = new ArrayList<>();
        for (AtlasData.Rule25 r : data.rule25()) {
            rule.add(List.of(String.valueOf(r.year()), Value.masked(r.secret(), Value.count(r.q1())).text(),
                    Value.masked(r.secret(), Value.count(r.total())).text(), Rule25View.share(r).text()));
        }
        book.add(book.text().heading("Règle des 25 % (attributions hors QPV au premier quartile)", 12));
        book.add(book.text().table(new float[] {1.2f, 3, 3, 1.5f}, List.of("Année", "Au 1ᵉʳ quartile", "Hors QPV", "Part"),
                rule, 1, 8.5f));
    }

    void methodology(PdfBook book) {
        AtlasData.Thresholds t = data.parameters().thresholds();
        AtlasData.AplCeilings c = data.parameters().ceilings();
        book.add(book.text().paragraph("Méthode " + t.methodVersion() + " ; paramètres enregistrés avec la publication de "
                + Months.label(data.metadata().period()) + ".", 9.5f));
        book.add(book.text().paragraph("Accessibilité : un logement est accessible quand son loyer principal, plus le "
                + "forfait de charges de " + Value.euros(t.charges()).text() + ", ne dépasse pas le loyer plafond de l'APL "
                + "du ménage cible de sa typologie (zone " + c.zone() + ", depuis le " + Months.date(c.since()) + " : personne seule "
                + Value.euros(c.single()).text() + ", couple " + Value.euros(c.couple()).text() + ", une personne à charge "
                + Value.euros(c.oneDependant()).text() + ", puis " + Value.euros(c.perExtraDependant()).text()
                + " par personne en plus). Résidence « accessible aux ménages les plus modestes » à partir de "
                + Value.share(t.accessibleMin(), 0).text() + " de logements accessibles, « partiellement accessible » à "
                + "partir de " + Value.share(t.partialMin(), 0).text() + ".", 9.5f));
        book.add(book.text().paragraph("Fragilité : chaque composante rapporte la part de la résidence à celle de la "
                + "métropole ; l'indice composite est leur moyenne pondérée, calculée avec toutes les valeurs, y compris "
                + "celles que le secret empêche de publier. « Fragile » à partir de " + Value.decimal(t.fragileMin(), 2).text()
                + ", « à surveiller » à partir de " + Value.decimal(t.watchMin(), 2).text() + ", « équilibrée » en dessous.", 9.5f));
        List<List<String>> weights = new ArrayList<>();
        data.parameters().weights().forEach(w -> weights.add(List.of(w.label(), Value.share(w.weight(), 0).text())));
        book.add(book.text().table(new float[] {8, 1.5f}, List.of("Composante", "Poids"), weights, 1, 8.5f));
        Map<String, String[]> sensitivity = new LinkedHashMap<>();
        for (AtlasData.Sensitivity s : data.sensitivity()) {
            sensitivity.computeIfAbsent(s.label(), k -> new String[] {"–", "–"})[s.variation() < 0 ? 0 : 1] =
                    Value.count(s.changed()).text();
        }
        List<List<String>> rows = new ArrayList<>();
        sensitivity.forEach((label, pair) -> rows.add(List.of(label, pair[0], pair[1])));
        String variation = Value.share(t.sensitivityVariation(), 0).text();
        book.add(book.text().heading("Analyse de sensibilité : résidences qui changent de classe", 11));
        book.add(book.text().table(new float[] {7, 1.5f, 1.5f}, List.of("Composante", "poids − " + variation,
                "poids + " + variation), rows, 1, 8.5f));
        book.add(book.text().paragraph("Secret statistique : aucun chiffre publié ne permet d'en déduire un effectif de 1 à "
                + (t.secrecyThreshold() - 1) + " ménages ou personnes, ni seul, ni avec d'autres chiffres publiés (parts en "
                + "pourcentage entier, compléments, sommes de territoires, cumuls, deux publications successives) ; des "
                + "valeurs voisines sont aussi masquées (« s ») pour qu'aucune ne se retrouve ni ne s'encadre entre moins de "
                + t.secrecyThreshold() + " valeurs. Les petites résidences sont publiées par groupe de résidences voisines "
                + "(même commune, même côté d'une limite de QPV), signalé comme tel ; une série mensuelle qu'il faudrait "
                + "masquer est publiée par trimestre ou par année. " + MethodologyPage.cost(data), 9.5f));
        List<List<String>> sources = new ArrayList<>();
        sources.add(List.of("RPLS (SDES)", String.valueOf(data.metadata().rplsMillesime()), "Licence Ouverte ; version loi réservée"));
        sources.add(List.of("Enquête OPS (bailleurs sociaux)", data.metadata().opsYear() == null ? "–"
                : data.metadata().opsYear().toString(), "Diffusion restreinte"));
        data.parameters().sources().forEach(s -> sources.add(List.of(dash(s.label()), dash(s.vintage()), dash(s.licence()))));
        book.add(book.text().heading("Sources", 11));
        book.add(book.text().table(new float[] {6, 2.5f, 3}, List.of("Donnée", "Millésime", "Licence"), sources, 9, 8));
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    /** The key figures of a territory with their bases, compared with the metropolis: the site's cards. */
    private Element keyFigures(PdfBook book, String level, String code, List<AtlasData.Residence> residences) {
        List<List<String>> rows = new ArrayList<>();
        for (Card card : new KeyFigures(data).cards(level, code, residences, !level.equals("epci"))) {
            String value = card.value().text() + (card.share() == null ? "" : " (" + card.share().text() + ")");
            rows.add(List.of(card.label() + " — " + card.base(), value, card.comparison() == null ? "" : card.comparison()));
        }
        return book.text().table(new float[] {6, 1.8f, 2.2f}, List.of("Indicateur et base", "Valeur", "Comparaison"), rows, 1, 8.5f);
    }

    private DotMap map(String title, List<AtlasData.Residence> residences, Geometry focus) {
        List<ResidencePoint> points = new ArrayList<>();
        for (AtlasData.Residence r : residences) {
            if (r.lon() != null && r.lat() != null) {
                points.add(new ResidencePoint(r.lon(), r.lat(), r.dwellings(), Classes.crossing(r)));
            }
        }
        DotMap map = DotMap.residences(title, communes, qpv, points, "Accessibilité et fragilité",
                String.format(RPLS_SOURCE, data.metadata().rplsMillesime()));
        return focus == null ? map : map.focus(focus);
    }

    private LineChart line(String title, String unit, List<String> indicators) {
        TreeSet<String> months = new TreeSet<>();
        Map<String, Map<String, AtlasData.SeriesPoint>> series = new LinkedHashMap<>();
        for (AtlasData.SeriesPoint p : data.series()) {
            if (indicators.contains(p.indicator())) {
                months.add(p.month());
                series.computeIfAbsent(p.label(), k -> new LinkedHashMap<>()).put(p.month(), p);
            }
        }
        Map<String, List<Double>> values = new LinkedHashMap<>();
        Map<String, List<Boolean>> masked = new LinkedHashMap<>();
        series.forEach((label, byMonth) -> {
            values.put(label, months.stream().map(m -> byMonth.get(m) == null || byMonth.get(m).secret() != null ? null
                    : byMonth.get(m).value()).toList());
            masked.put(label, months.stream().map(m -> byMonth.get(m) != null && byMonth.get(m).secret() != null).toList());
        });
        return LineChart.monthly(title, unit, months.stream().map(YearMonth::parse).toList(), values, masked,
                "Source : comptages mensuels des partenaires, traitement observatoire");
    }
}
