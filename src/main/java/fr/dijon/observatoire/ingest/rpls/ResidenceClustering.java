package fr.dijon.observatoire.ingest.rpls;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Splits one group of points (the dwellings of one programme name, QPV side and landlord in a commune, or of one
 * address) into residences, and places each residence.
 *
 * <p>A programme group is split by single-linkage clustering in projected metres: two located points are in the
 * same residence when a chain of points of the group, each within {@code distance} of the next, joins them. A point
 * without usable coordinates joins the residence that holds its address (the one with most dwellings there);
 * otherwise the unlocated points of one address form their own residence, placed by that address. Any other group
 * is one residence.
 *
 * <p>Each residence is then placed by {@link ResidencePosition}. Plain Java, no I/O: one instance is reused group
 * after group.
 */
final class ResidenceClustering {

    /** Above this many points in a group, neighbours are found through a grid of cells rather than all pairs. */
    private static final int PAIRWISE_MAX = 64;

    private final double distance;

    ResidenceClustering(double distance) {
        this.distance = distance;
    }

    /** The points of one group; x and y are NaN for a point without usable coordinates, address is −1 without one. */
    static final class Group {
        int size;
        long[] ids = new long[16];
        int[] address = new int[16];
        double[] x = new double[16];
        double[] y = new double[16];
        int[] dwellings = new int[16];

        void clear() {
            size = 0;
        }

        void add(long id, int addressNo, double px, double py, int count) {
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                address = Arrays.copyOf(address, n);
                x = Arrays.copyOf(x, n);
                y = Arrays.copyOf(y, n);
                dwellings = Arrays.copyOf(dwellings, n);
            }
            ids[size] = id;
            address[size] = addressNo;
            x[size] = px;
            y[size] = py;
            dwellings[size] = count;
            size++;
        }

        boolean located(int i) {
            return !Double.isNaN(x[i]);
        }

        /** The squared distance between two points of the group, in square metres. */
        double squared(int i, int j) {
            double dx = x[i] - x[j];
            double dy = y[i] - y[j];
            return dx * dx + dy * dy;
        }

        /** The squared distance from a point of the group to (px, py). */
        double squaredTo(int i, double px, double py) {
            double dx = x[i] - px;
            double dy = y[i] - py;
            return dx * dx + dy * dy;
        }
    }

    /** The residences of a group: the residence of each point, and each residence's medoid, extent and origin. */
    static final class Result {
        int[] residenceOf = new int[16];
        int count;
        int[] medoid = new int[16];            // index of the medoid point, −1 when the residence has no located point
        double[] extent = new double[16];      // NaN without located point
        boolean[] byAddress = new boolean[16]; // unlocated points of one address, placed by that address

        void reset(int points) {
            if (residenceOf.length < points) {
                residenceOf = new int[Math.max(points, residenceOf.length * 2)];
            }
            count = 0;
        }

        int newResidence(boolean fromAddress) {
            if (count == medoid.length) {
                int n = count * 2;
                medoid = Arrays.copyOf(medoid, n);
                extent = Arrays.copyOf(extent, n);
                byAddress = Arrays.copyOf(byAddress, n);
            }
            medoid[count] = -1;
            extent[count] = Double.NaN;
            byAddress[count] = fromAddress;
            return count++;
        }
    }

    private int[] parent = new int[16];

    /** Splits the group ({@code link}: a programme group, clustered by distance) into {@code result}. */
    void split(Group g, boolean link, Result result) {
        result.reset(g.size);
        if (!link) {
            int residence = result.newResidence(false);
            Arrays.fill(result.residenceOf, 0, g.size, residence);
        } else {
            linkLocated(g);
            int[] residenceOfRoot = new int[g.size];
            Arrays.fill(residenceOfRoot, -1);
            for (int i = 0; i < g.size; i++) {
                if (g.located(i)) {
                    int root = find(i);
                    if (residenceOfRoot[root] < 0) {
                        residenceOfRoot[root] = result.newResidence(false);
                    }
                    result.residenceOf[i] = residenceOfRoot[root];
                }
            }
            placeUnlocated(g, result);
        }
        for (int r = 0; r < result.count; r++) {
            ResidencePosition.place(g, result, r);
        }
    }

    private void linkLocated(Group g) {
        if (parent.length < g.size) {
            parent = new int[Math.max(g.size, parent.length * 2)];
        }
        for (int i = 0; i < g.size; i++) {
            parent[i] = i;
        }
        double d2 = distance * distance;
        if (g.size <= PAIRWISE_MAX) {
            for (int i = 0; i < g.size; i++) {
                for (int j = i + 1; j < g.size && g.located(i); j++) {
                    if (g.located(j) && g.squared(i, j) <= d2) {
                        union(i, j);
                    }
                }
            }
            return;
        }
        Map<Long, int[]> cells = new HashMap<>();
        for (int i = 0; i < g.size; i++) {
            if (g.located(i)) {
                long key = cell(Math.floor(g.x[i] / distance), Math.floor(g.y[i] / distance));
                cells.put(key, append(cells.get(key), i));
            }
        }
        for (int i = 0; i < g.size; i++) {
            if (!g.located(i)) {
                continue;
            }
            double cx = Math.floor(g.x[i] / distance);
            double cy = Math.floor(g.y[i] / distance);
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    int[] list = cells.get(cell(cx + dx, cy + dy));
                    for (int k = 1; list != null && k <= list[0]; k++) {
                        int j = list[k];
                        if (j > i && g.squared(i, j) <= d2) {
                            union(i, j);
                        }
                    }
                }
            }
        }
    }

    /** Unlocated points: with the residence holding most dwellings at their address, else by their address. */
    private static void placeUnlocated(Group g, Result result) {
        Map<Integer, Integer> byAddress = new HashMap<>();
        Map<Long, Integer> dwellingsAt = new HashMap<>();
        for (int i = 0; i < g.size; i++) {
            if (g.located(i) && g.address[i] >= 0) {
                dwellingsAt.merge(((long) g.address[i] << 32) | result.residenceOf[i], g.dwellings[i], Integer::sum);
            }
        }
        Map<Integer, long[]> best = new HashMap<>();
        dwellingsAt.forEach((key, count) -> {
            int addressNo = (int) (key >>> 32);
            int residence = (int) (key & 0xFFFFFFFFL);
            long[] current = best.get(addressNo);
            if (current == null || count > current[1] || (count == current[1] && residence < current[0])) {
                best.put(addressNo, new long[] {residence, count});
            }
        });
        for (int i = 0; i < g.size; i++) {
            if (g.located(i)) {
                continue;
            }
            long[] home = g.address[i] >= 0 ? best.get(g.address[i]) : null;
            if (home != null) {
                result.residenceOf[i] = (int) home[0];
            } else {
                result.residenceOf[i] = byAddress.computeIfAbsent(g.address[i], a -> result.newResidence(a >= 0));
            }
        }
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static long cell(double cx, double cy) {
        return ((long) cx << 32) ^ ((long) cy & 0xFFFFFFFFL);
    }

    private static int[] append(int[] list, int value) {
        int[] l = list == null ? new int[5] : list;
        if (l[0] + 1 == l.length) {
            l = Arrays.copyOf(l, l.length * 2);
        }
        l[++l[0]] = value;
        return l;
    }
}
