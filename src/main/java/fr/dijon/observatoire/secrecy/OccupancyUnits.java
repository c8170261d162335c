package fr.dijon.observatoire.secrecy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publication units of the occupancy survey. A residence with at least threshold responding households is a
 * unit of its own. Smaller residences of the same commune and the same side of a QPV boundary are grouped with their
 * neighbours: the smallest group is merged with the nearest one, again and again, until every group reaches the
 * threshold; a last group still too small joins the nearest unit of its side. When the whole side has fewer
 * responding households than the threshold, its residences form a unit that is never published on its own.
 */
public final class OccupancyUnits {

    /** The nature of a unit, as pages label it. */
    public enum Nature {
        RESIDENCE("résidence"), GROUPE("groupe"), NON_PUBLIEE("non publiée");

        private final String label;

        Nature(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One surveyed residence: its side is its QPV code, or « hors » outside QPV. */
    public record Residence(String id, String commune, String side, Double lon, Double lat, long respondents) {
    }

    /** The unit of one residence. */
    public record Assignment(String residence, String unit, Nature nature) {
    }

    private final int threshold;

    public OccupancyUnits(int threshold) {
        this.threshold = threshold;
    }

    public List<Assignment> assign(List<Residence> residences) {
        Map<String, List<Residence>> sides = new LinkedHashMap<>();
        residences.stream().sorted(Comparator.comparing(Residence::id))
                .forEach(r -> sides.computeIfAbsent(r.commune() + "|" + r.side(), k -> new ArrayList<>()).add(r));
        List<Assignment> out = new ArrayList<>();
        for (List<Residence> side : sides.values()) {
            out.addAll(side(side));
        }
        return out;
    }

    private List<Assignment> side(List<Residence> residences) {
        List<Cluster> units = new ArrayList<>();
        List<Cluster> small = new ArrayList<>();
        for (Residence r : residences) {
            (r.respondents() >= threshold ? units : small).add(new Cluster(r));
        }
        while (small.size() > 1 && small.stream().anyMatch(c -> c.respondents < threshold)) {
            Cluster smallest = small.stream().min(Comparator.comparingLong((Cluster c) -> c.respondents)
                    .thenComparing(Cluster::firstId)).orElseThrow();
            small.remove(smallest);
            nearest(smallest, small).absorb(smallest);
        }
        List<Assignment> out = new ArrayList<>();
        for (Cluster c : small) {
            if (c.respondents >= threshold) {
                units.add(c);
            } else if (!units.isEmpty()) {
                nearest(c, units).absorb(c);
            } else {
                out.addAll(c.assignments(Nature.NON_PUBLIEE));
                return out;
            }
        }
        for (Cluster c : units) {
            out.addAll(c.assignments(c.members.size() == 1 ? Nature.RESIDENCE : Nature.GROUPE));
        }
        return out;
    }

    private static Cluster nearest(Cluster from, List<Cluster> candidates) {
        return candidates.stream().min(Comparator.comparingDouble((Cluster c) -> c.distance(from))
                .thenComparing(Cluster::firstId)).orElseThrow();
    }

    /** A growing group of residences, with its centroid. */
    private static final class Cluster {
        final List<Residence> members = new ArrayList<>();
        long respondents;
        double lonSum;
        double latSum;
        int located;

        Cluster(Residence r) {
            add(r);
        }

        void add(Residence r) {
            members.add(r);
            respondents += r.respondents();
            if (r.lon() != null && r.lat() != null) {
                lonSum += r.lon();
                latSum += r.lat();
                located++;
            }
        }

        void absorb(Cluster other) {
            other.members.forEach(this::add);
        }

        String firstId() {
            return members.stream().map(Residence::id).min(String::compareTo).orElse("");
        }

        /** Metres between centroids (equirectangular), or a large distance when one has no position. */
        double distance(Cluster other) {
            if (located == 0 || other.located == 0) {
                return 1e9;
            }
            double lat = latSum / located;
            double dx = (lonSum / located - other.lonSum / other.located) * 111_320 * Math.cos(Math.toRadians(lat));
            double dy = (lat - other.latSum / other.located) * 110_540;
            return Math.hypot(dx, dy);
        }

        List<Assignment> assignments(Nature nature) {
            String unit = nature == Nature.RESIDENCE ? members.get(0).id() : groupId(nature);
            return members.stream().map(r -> new Assignment(r.id(), unit, nature)).toList();
        }

        private String groupId(Nature nature) {
            String ids = String.join("|", members.stream().map(Residence::id).sorted().toList());
            String prefix = nature == Nature.GROUPE ? "G-" : "N-";
            return prefix + members.get(0).commune() + "-" + sha(ids).substring(0, 8);
        }

        private static String sha(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
