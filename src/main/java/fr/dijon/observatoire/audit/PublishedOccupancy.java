package fr.dijon.observatoire.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a pack publishes about occupancy, as a reader rebuilds it: the units (residences and groups of small
 * residences) with their responding households and shares, the territorial areas (communes, QPV, outside QPV, the
 * territory) with theirs, and the QPV of each commune.
 */
record PublishedOccupancy(Map<String, Unit> units, Map<String, Area> areas, Map<String, Set<String>> qpvsByCommune) {

    /** A unit: its commune, its side of a QPV boundary (a QPV code or « hors »), respondents, dwellings, shares. */
    record Unit(String id, String commune, String side, Double respondents, double dwellings,
                Map<String, Double> shares) {
    }

    /** A territorial area: level (commune, qpv, hors_qpv, epci), code, respondents and shares. */
    record Area(String level, String code, Double respondents, Map<String, Double> shares) {
    }

    static PublishedOccupancy read(PublishedPack pack, List<String> components) {
        Map<String, Set<String>> qpvs = new HashMap<>();
        for (Map<String, String> r : pack.table("residences.csv")) {
            String qpv = r.get("qpv");
            if (qpv != null && !qpv.isBlank()) {
                qpvs.computeIfAbsent(r.get("code_insee"), k -> new TreeSet<>()).add(qpv);
            }
        }
        return new PublishedOccupancy(units(pack, components), areas(pack, components), qpvs);
    }

    /** The QPV of a commune, as the residences give them. */
    Set<String> qpvs(String commune) {
        return qpvsByCommune.getOrDefault(commune, Set.of());
    }

    private static Map<String, Unit> units(PublishedPack pack, List<String> components) {
        Map<String, Map<String, String>> unitRows = new HashMap<>();
        for (Map<String, String> u : pack.table("unites.csv")) {
            unitRows.put(u.get("unite_occupation"), u);
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Map<String, String> r : pack.table("residences.csv")) {
            String id = r.get("unite_occupation");
            if (id == null || id.isBlank() || units.containsKey(id) || !unitRows.containsKey(id)) {
                continue;
            }
            Map<String, String> u = unitRows.get(id);
            Map<String, Double> shares = new HashMap<>();
            for (String c : components) {
                shares.put(c, PublishedPack.number(r.get("part_" + c)));
            }
            String qpv = u.get("qpv");
            units.put(id, new Unit(id, u.get("code_insee"), qpv == null || qpv.isBlank() ? "hors" : qpv,
                    PublishedPack.number(u.get("menages_repondants")), orZero(PublishedPack.number(u.get("logements"))),
                    shares));
        }
        return units;
    }

    private static Map<String, Area> areas(PublishedPack pack, List<String> components) {
        Map<String, Area> areas = new LinkedHashMap<>();
        List<Map<String, String>> rows = new ArrayList<>(pack.table("communes.csv"));
        rows.addAll(pack.table("qpv.csv"));
        for (Map<String, String> r : rows) {
            String key = r.get("niveau") + ":" + r.get("code");
            Area a = areas.computeIfAbsent(key, k -> new Area(r.get("niveau"), r.get("code"), null, new HashMap<>()));
            Double value = PublishedPack.number(r.get("valeur"));
            if ("menages_repondants".equals(r.get("indicateur"))) {
                areas.put(key, new Area(a.level(), a.code(), value, a.shares()));
            } else if (components.contains(r.get("indicateur"))) {
                a.shares().put(r.get("indicateur"), value);
            }
        }
        return areas;
    }

    /** Every commune with a unit or a published area. */
    List<String> communes() {
        TreeSet<String> communes = new TreeSet<>();
        units.values().forEach(u -> communes.add(u.commune()));
        areas.values().stream().filter(a -> a.level().equals("commune")).forEach(a -> communes.add(a.code()));
        return new ArrayList<>(communes);
    }

    /** The unknowns an area adds up: its units and the unpublished residences on its side. */
    Map<Integer, Double> members(Area a, Map<String, Integer> vars, Map<String, Integer> residuals) {
        Map<Integer, Double> terms = new HashMap<>();
        for (Unit u : units.values()) {
            if (covers(a, u.commune(), u.side())) {
                terms.put(vars.get(u.id()), 1.0);
            }
        }
        residuals.forEach((key, v) -> {
            int bar = key.indexOf('|');
            if (covers(a, key.substring(0, bar), key.substring(bar + 1))) {
                terms.put(v, 1.0);
            }
        });
        return terms;
    }

    /** Whether the area adds up what lies in this commune, on this side of a QPV boundary. */
    private static boolean covers(Area a, String commune, String side) {
        return switch (a.level()) {
            case "commune" -> commune.equals(a.code());
            case "qpv" -> side.equals(a.code());
            case "hors_qpv" -> side.equals("hors");
            default -> true;
        };
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
