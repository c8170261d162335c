package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.format.FrenchNumbers;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Méthodologie et sources: the indicators the pages show (and only those), the parameters stored with the
 * publication (thresholds, APL ceilings, weights), the sensitivity of the classes to the weights, the secrecy
 * rule, and the sources with their vintages and licences.
 */
public final class MethodologyPage {

    private MethodologyPage() {
    }

    /** What secrecy costs this publication, in the figures the command line and the README give. */
    public static String cost(AtlasData data) {
        var loss = data.secrecyLoss();
        long residences = data.residences().stream().filter(r -> r.fragilityClass() != null).count();
        long grouped = data.residences().stream().filter(r -> r.fragilityClass() != null && r.groupOccupation()).count();
        return "Ce que coûte le secret dans cette publication : " + percent1(loss.dwellingsWithClass())
                + " des logements sont dans une résidence dont la classe de fragilité est publiée (" + count(residences)
                + " résidences sur " + count(data.residences().size()) + ", dont " + count(grouped)
                + " par leur groupe de petites résidences) ; " + percent1(loss.maskedOpsCells())
                + " des chiffres d'occupation publiables (parts et ménages des résidences, communes et QPV) sont masqués ; "
                + count(loss.coarsenedSeries()) + " série(s) du sans-abrisme sont publiées au trimestre ou à l'année.";
    }

    private static String percent1(double share) {
        return FrenchNumbers.percent(share, 1);
    }

    private static String count(long n) {
        return FrenchNumbers.display(n, 0);
    }

    /** The codes of the indicators some page shows: every published territorial indicator and fragility component. */
    static Set<String> shownIndicators(AtlasData data) {
        Set<String> codes = new LinkedHashSet<>();
        data.territories().forEach(t -> codes.add(t.indicator()));
        data.components().values().forEach(l -> l.forEach(c -> codes.add(c.code())));
        return codes;
    }

    static String render(AtlasData data, Dictionary dictionary, Page page) {
        AtlasData.Metadata m = data.metadata();
        AtlasData.Parameters p = data.parameters();
        AtlasData.Thresholds t = p.thresholds();
        Set<String> shown = shownIndicators(data);
        Table.Builder indicators = new Table.Builder("Dictionnaire des indicateurs publiés").column("Indicateur")
                .column("Unité").column("Définition").column("Source");
        dictionary.entries().values().stream().filter(e -> shown.contains(e.code())).forEach(e -> indicators.row(
                Table.Cell.text(e.label()), Table.Cell.text(e.unit()), Table.Cell.text(e.definition()), Table.Cell.text(e.source())));
        Table.Builder weights = new Table.Builder("Composantes de la fragilité et leurs poids").column("Composante").number("Poids");
        p.weights().forEach(w -> weights.row(Table.Cell.text(w.label()), Table.Cell.of(Value.share(w.weight(), 0))));
        AtlasData.AplCeilings c = p.ceilings();
        Table ceilings = new Table.Builder("Loyers plafonds de l'APL (zone " + c.zone() + ", depuis le " + Months.date(c.since()) + ")")
                .column("Ménage").number("Loyer plafond mensuel")
                .row(Table.Cell.text("personne seule"), Table.Cell.of(Value.euros(c.single())))
                .row(Table.Cell.text("couple sans personne à charge"), Table.Cell.of(Value.euros(c.couple())))
                .row(Table.Cell.text("une personne à charge"), Table.Cell.of(Value.euros(c.oneDependant())))
                .row(Table.Cell.text("par personne à charge en plus"), Table.Cell.of(Value.euros(c.perExtraDependant())))
                .build();
        Table.Builder targets = new Table.Builder("Ménage cible de chaque typologie").column("Typologie").column("Ménage cible");
        p.targetHouseholds().forEach(h -> targets.row(Table.Cell.text(h.rooms() >= 5 ? "T5 et plus" : "T" + h.rooms()),
                Table.Cell.text(Finder.householdLabel(h.household(), h.dependants()))));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("intro", "Méthode version " + t.methodVersion() + ", période " + Months.label(m.period()) + " ; RPLS "
                + m.rplsMillesime() + (m.rplsLoi() ? " (version loi, avec les loyers)" : " (version publique : accessibilité estimée)")
                + " ; enquête OPS " + (m.opsYear() == null ? "non disponible" : m.opsYear().toString())
                + ". Les paramètres ci-dessous sont ceux enregistrés avec cette publication, et non ceux du fichier de "
                + "paramètres tel qu'il est aujourd'hui.");
        model.put("indicators", indicators.build());
        model.put("access", "Chaque typologie est associée à un ménage cible. Un logement est accessible quand son loyer "
                + "principal, plus le forfait de charges de " + Value.euros(t.charges()).text() + ", ne dépasse pas le loyer "
                + "plafond de l'APL de ce ménage (zone " + t.aplZone() + ", arrêté du 27 septembre 2019 modifié). Une "
                + "résidence est « accessible aux ménages les plus modestes » si au moins " + percent(t.accessibleMin())
                + " de ses logements le sont, « partiellement accessible » à partir de " + percent(t.partialMin())
                + ". Sans les loyers de la version loi, une estimation par le financement (PLAI et financements d'avant "
                + "1977) est signalée comme telle.");
        model.put("ceilings", ceilings);
        model.put("targets", targets.build());
        model.put("fragility", "Chaque composante rapporte la part observée dans la résidence à la même part dans la "
                + "métropole (indice 1 = comme la métropole). L'indice composite est la moyenne pondérée des indices "
                + "disponibles, calculée avec les valeurs réelles, y compris celles que le secret statistique empêche de "
                + "publier : « fragile » à partir de " + FrenchNumbers.display(t.fragileMin(), 2) + ", « à surveiller » à "
                + "partir de " + FrenchNumbers.display(t.watchMin(), 2) + ", « équilibrée » en dessous. « Accessible et non "
                + "fragile » réunit « accessible et équilibrée » et « accessible, à surveiller », que l'atlas distingue "
                + "partout.");
        model.put("weights", weights.build());
        model.put("sensitivity", sensitivity(data, t));
        model.put("secret", data.parameters().thresholds().secrecyThreshold());
        model.put("secretMax", data.parameters().thresholds().secrecyThreshold() - 1);
        model.put("cost", cost(data));
        model.put("sources", sources(data));
        return SiteRenderer.render("methodologie.jte", model);
    }

    private static Table sensitivity(AtlasData data, AtlasData.Thresholds t) {
        String minus = "poids − " + percent(t.sensitivityVariation());
        String plus = "poids + " + percent(t.sensitivityVariation());
        Table.Builder table = new Table.Builder("Unités qui changent de classe quand un poids varie")
                .column("Composante").number(minus).number(plus).number("Unités prises en compte");
        Map<String, AtlasData.Sensitivity[]> byComponent = new LinkedHashMap<>();
        for (AtlasData.Sensitivity s : data.sensitivity()) {
            byComponent.computeIfAbsent(s.label(), k -> new AtlasData.Sensitivity[2])[s.variation() < 0 ? 0 : 1] = s;
        }
        byComponent.forEach((label, pair) -> table.row(Table.Cell.text(label),
                Table.Cell.of(pair[0] == null ? Value.NONE : Value.count(pair[0].changed())),
                Table.Cell.of(pair[1] == null ? Value.NONE : Value.count(pair[1].changed())),
                Table.Cell.of(Value.count((pair[0] != null ? pair[0] : pair[1]).residences()))));
        return table.build();
    }

    private static Table sources(AtlasData data) {
        AtlasData.Metadata m = data.metadata();
        Table.Builder table = new Table.Builder("Sources, millésimes et licences").column("Donnée").column("Producteur")
                .column("Millésime").column("Licence")
                .row(Table.Cell.text("Répertoire des logements locatifs des bailleurs sociaux (RPLS)"), Table.Cell.text("SDES"),
                        Table.Cell.text(String.valueOf(m.rplsMillesime())),
                        Table.Cell.text("Licence Ouverte (version publique) ; version loi réservée"))
                .row(Table.Cell.text("Enquête sur l'occupation du parc social (OPS)"), Table.Cell.text("Bailleurs sociaux (convention)"),
                        Table.Cell.text(m.opsYear() == null ? "–" : m.opsYear().toString()), Table.Cell.text("Diffusion restreinte"));
        for (AtlasData.Source s : data.parameters().sources()) {
            table.row(Table.Cell.text(s.label()), Table.Cell.text(s.producer()), Table.Cell.text(s.vintage()),
                    Table.Cell.text(s.licence()));
        }
        table.row(Table.Cell.text("Carte interactive"), Table.Cell.text("Leaflet " + Assets.leafletVersion() + ", sans tuiles"),
                Table.Cell.text("–"), Table.Cell.text("BSD 2-Clause"));
        return table.build();
    }

    private static String percent(double share) {
        return FrenchNumbers.percent(share, 0);
    }
}
