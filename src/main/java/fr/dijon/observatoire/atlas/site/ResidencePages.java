package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.format.FrenchNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Résidences: the searchable table of every residence, and one sheet per residence. */
final class ResidencePages {

    private final AtlasData data;
    private final Map<String, List<AtlasData.TypologyRow>> typologiesByResidence;
    private final Map<String, String> qpvNames;

    ResidencePages(AtlasData data) {
        this.data = data;
        this.typologiesByResidence = data.typologies().stream()
                .collect(Collectors.groupingBy(AtlasData.TypologyRow::residenceId));
        this.qpvNames = data.territoryNames("qpv");
    }

    String table(Page page) {
        TreeSet<String> communes = new TreeSet<>();
        data.residences().forEach(r -> communes.add(r.depcom() + "|" + r.commune()));
        List<Table.Cell> communeOptions = communes.stream().map(s -> Table.Cell.link(s.substring(6), s.substring(0, 5))).toList();
        List<Table.Cell> qpvOptions = data.territoryNames("qpv").entrySet().stream()
                .map(e -> Table.Cell.link(e.getValue(), e.getKey())).toList();
        Table.Builder table = new Table.Builder("Résidences du parc social").sortable("tableau-residences")
                .column("Commune").column("Adresse").column("QPV").number("Logements").column("Accessibilité")
                .column("Occupation").column("Croisement");
        List<Map<String, String>> attributes = new ArrayList<>();
        for (AtlasData.Residence r : data.residences()) {
            String crossing = Classes.crossing(r);
            table.row(Table.Cell.text(r.commune()), Table.Cell.link(r.address(), "residences/" + r.id() + ".html"),
                    Table.Cell.text(r.qpvCode() == null ? "" : r.qpvCode()), Table.Cell.of(Value.count(r.dwellings())),
                    new Table.Cell(Value.text(r.accessClass()), null, Classes.css(r.accessClass())),
                    new Table.Cell(ResidenceTables.fragility(r), null, Classes.css(Classes.fragility(r))),
                    new Table.Cell(Value.text(crossing), null, Classes.css(crossing)));
            attributes.add(Map.of("commune", r.depcom(), "qpv", r.qpvCode() == null ? "" : r.qpvCode(),
                    "fragilite", Classes.fragility(r), "accessibilite", r.accessClass(), "croisement", crossing,
                    "recherche", PageData.searchKey(r, data.addresses().get(r.id()))));
        }
        return SiteRenderer.render("residences.jte", Map.of("page", page, "table", table.build(), "rows", attributes,
                "communes", communeOptions, "qpv", qpvOptions, "fragility", Classes.FRAGILITY,
                "accessibility", Classes.ACCESSIBILITY, "crossing", Classes.CROSSING));
    }

    String sheet(Page page, AtlasData.Residence r) {
        AtlasData.Thresholds t = data.parameters().thresholds();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("r", r);
        model.put("qpvName", r.qpvCode() == null ? "" : qpvNames.getOrDefault(r.qpvCode(), r.qpvCode()));
        model.put("addresses", addresses(r));
        model.put("stock", stock(r));
        model.put("typologies", typologies(r));
        model.put("access", access(r));
        model.put("accessThresholds", "Classes : « accessible aux ménages les plus modestes » quand au moins "
                + percent(t.accessibleMin()) + " des logements le sont, « partiellement accessible » à partir de "
                + percent(t.partialMin()) + ", « peu accessible » en dessous.");
        model.put("fragility", fragility(r));
        model.put("fragilityThresholds", "Classes : « fragile » à partir d'un indice de " + decimal(t.fragileMin())
                + ", « à surveiller » à partir de " + decimal(t.watchMin()) + ", « équilibrée » en dessous (1 = comme la "
                + "moyenne de la métropole).");
        List<AtlasData.Component> components = data.components().getOrDefault(r.id(), List.of());
        model.put("components", r.fragilitySecret() == null ? components(components) : null);
        model.put("maskedNote", components.stream().anyMatch(c -> c.secret() != null)
                ? "Les composantes marquées « s » reposent sur trop peu de ménages pour être publiées. Elles entrent "
                + "pourtant dans l'indice composite avec leur valeur réelle : le secret porte sur la publication de la "
                + "composante, pas sur le calcul de l'indice." : "");
        model.put("crossing", Classes.crossing(r));
        return SiteRenderer.render("residence.jte", model);
    }

    private List<String> addresses(AtlasData.Residence r) {
        List<AtlasData.Address> list = data.addresses().get(r.id());
        if (list == null || list.isEmpty()) {
            return List.of(r.address());
        }
        return list.stream().map(a -> a.label() + (a.dwellings() == null ? "" : " (" + dwellings(a.dwellings()) + ")")).toList();
    }

    private Table stock(AtlasData.Residence r) {
        return new Table.Builder("Le parc de la résidence (RPLS " + data.metadata().rplsMillesime() + ")")
                .column("Caractéristique").column("Valeur")
                .row(Table.Cell.text("Logements"), Table.Cell.of(Value.count(r.dwellings())))
                .row(Table.Cell.text("Typologie (T1, T2, T3, T4, T5 et plus)"), Table.Cell.text(join(r.typology())))
                .row(Table.Cell.text("Logements accessibles PMR"), Table.Cell.of(Value.count(r.pmr())))
                .row(Table.Cell.text("Surface moyenne"), Table.Cell.text(Value.decimal(r.meanSurface(), 1).text() + " m²"))
                .row(Table.Cell.text("Construction"), Table.Cell.text((r.builtYear() == null ? "année inconnue"
                        : String.valueOf(r.builtYear())) + " (" + r.buildPeriod() + ")"))
                .row(Table.Cell.text("Financements (PLAI, PLUS, PLS, PLI, autres)"), Table.Cell.text(join(r.financing())))
                .row(Table.Cell.text("DPE (A à C, D, E à G, inconnu)"), Table.Cell.text(join(r.dpe())))
                .build();
    }

    /** Dwellings by typology and, per typology, those within the APL ceiling of its target household. */
    private Table typologies(AtlasData.Residence r) {
        Table.Builder table = new Table.Builder("Logements par typologie et loyer au regard du plafond APL du ménage cible")
                .column("Typologie").number("Logements").number("dont PMR").column("Ménage cible")
                .number("Plafond APL").number("Loyer (+ charges) sous le plafond");
        List<AtlasData.TypologyRow> rows = typologiesByResidence.getOrDefault(r.id(), List.of());
        for (AtlasData.TargetHousehold h : data.parameters().targetHouseholds()) {
            rows.stream().filter(x -> x.rank() == h.rooms()
                    && x.household().equals(h.household()) && x.dependants() == h.dependants()).findFirst()
                    .ifPresent(x -> table.row(Table.Cell.text(x.typology()), Table.Cell.of(Value.count(x.dwellings())),
                            Table.Cell.of(Value.count(x.pmr())), Table.Cell.text(Finder.householdLabel(h.household(),
                                    h.dependants())), Table.Cell.of(Value.euros(x.ceiling())),
                            Table.Cell.of(x.accessible() == null ? Value.text("loyers inconnus") : Value.count(x.accessible()))));
        }
        return table.build();
    }

    private String access(AtlasData.Residence r) {
        String share = Value.share(r.accessShare(), 0).text();
        if ("loyers".equals(r.accessMethod())) {
            return share + " des logements ont un loyer qui ne dépasse pas le loyer plafond de l'APL du ménage cible de "
                    + "leur typologie. Loyer moyen : " + Value.decimal(r.rentPerM2(), 2).text() + " €/m², soit "
                    + Value.decimal(r.rentIndex(), 2).text() + " fois la médiane des résidences de la métropole.";
        }
        return share + " des logements sont financés en PLAI ou avant 1977 (estimation, faute de loyers dans le RPLS public).";
    }

    private String fragility(AtlasData.Residence r) {
        String group = r.groupOccupation() ? " Chiffres du groupe de petites résidences voisines « " + r.occupationUnit()
                + " », publiés ensemble pour respecter le secret statistique." : "";
        if (r.fragilitySecret() != null) {
            return "Occupation couverte par le secret statistique (« s ») : trop peu de ménages ont répondu à l'enquête "
                    + "OPS dans cette résidence pour publier sa classe.";
        }
        if (r.fragilityClass() == null) {
            return data.opsAvailable() ? "Cette résidence n'a pas de réponse à l'enquête OPS rattachée." : Empty.OPS;
        }
        return "Occupation « " + r.fragilityClass() + " » : indice composite " + Value.decimal(r.composite(), 2).text()
                + " (1 = comme la moyenne de la métropole)" + (r.respondents() == null ? "" : ", sur "
                + FrenchNumbers.display(r.respondents(), 0) + " ménages répondants") + ". "
                + reason(data.components().getOrDefault(r.id(), List.of()), r.mainComponent()) + group;
    }

    /** The main reason in words: « part de ménages sous 20 % des plafonds : 41 % contre 18 % dans la métropole ». */
    static String reason(List<AtlasData.Component> components, String main) {
        for (AtlasData.Component c : components) {
            if (c.code().equals(main)) {
                if (c.secret() != null) {
                    return "Composante qui pèse le plus : " + c.label() + " (valeur couverte par le secret statistique).";
                }
                return "Composante qui pèse le plus : part de " + c.label() + " : " + Value.share(c.share(), 0).text()
                        + " contre " + Value.share(c.reference(), 0).text() + " dans la métropole.";
            }
        }
        return "";
    }

    private Table components(List<AtlasData.Component> components) {
        Table.Builder table = new Table.Builder("Composantes de l'indice, comparées à la métropole").column("Composante")
                .number("Résidence").number("Métropole").number("Indice").number("Poids");
        for (AtlasData.Component c : components) {
            table.row(Table.Cell.text(c.label()), Table.Cell.of(Value.masked(c.secret(), Value.share(c.share(), 0))),
                    Table.Cell.of(Value.share(c.reference(), 0)), Table.Cell.of(Value.masked(c.secret(), Value.decimal(c.index(), 2))),
                    Table.Cell.of(Value.share(c.weight(), 0)));
        }
        return table.build();
    }

    private static String percent(double share) {
        return FrenchNumbers.percent(share, 0);
    }

    private static String decimal(double value) {
        return FrenchNumbers.display(value, 2);
    }

    private static String dwellings(int n) {
        return FrenchNumbers.display(n, 0) + (n > 1 ? " logements" : " logement");
    }

    private static String join(int[] values) {
        List<String> parts = new ArrayList<>();
        for (int v : values) {
            parts.add(FrenchNumbers.display(v, 0));
        }
        return String.join(" ; ", parts);
    }
}
