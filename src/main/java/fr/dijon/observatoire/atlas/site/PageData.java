package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.format.Typography;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published data the page scripts read ({@code donnees/}): the residences of the map and table, the dwellings
 * by typology of the finder, and the commune and QPV layers. Records written by Jackson, never concatenated.
 */
final class PageData {

    /** One residence on the map. */
    record MapResidence(String id, String commune, String depcom, String adresse, String programme, String qpv,
                        int logements, Double lon, Double lat, String accessibilite, String fragilite, String croisement,
                        boolean groupe) {
    }

    /** One residence for the finder, with its dwellings by typology. */
    record FinderResidence(String id, String commune, String depcom, String adresse, String qpv, boolean enQpv,
                           String occupation, String croisement, List<FinderTypology> typologies) {
    }

    /** The dwellings of one typology; {@code accessibles} by household key (« personne_seule », « couple », « 1 »…). */
    record FinderTypology(String typologie, int rang, int logements, int pmr, Map<String, Integer> accessibles,
                          Map<String, Integer> accessiblesPmr) {
    }

    /** The published parameters the finder applies. */
    record FinderParameters(Map<String, Double> plafonds, Map<String, Integer> cibles, double forfaitCharges) {
    }

    record FinderData(FinderParameters parametres, List<FinderResidence> residences) {
    }

    private PageData() {
    }

    static void write(AtlasData data, Path referenceDir, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<MapResidence> residences = new ArrayList<>();
        for (AtlasData.Residence r : data.residences()) {
            residences.add(new MapResidence(r.id(), r.commune(), r.depcom(), Typography.apply(r.address()), r.programme(),
                    r.qpvCode(), r.dwellings(), r.lon(), r.lat(), r.accessClass(), Classes.fragility(r), Classes.crossing(r),
                    r.groupOccupation()));
        }
        ScriptJson.write(dir.resolve("residences.js"), "ATLAS", Map.of("residences", residences));
        ScriptJson.write(dir.resolve("logements.js"), "ATLAS_LOGEMENTS", finder(data));
        ScriptJson.copy(referenceDir.resolve("dm_communes.geojson"), dir.resolve("communes.js"), "ATLAS_COMMUNES");
        ScriptJson.copy(referenceDir.resolve("dm_qpv_2024.geojson"), dir.resolve("qpv.js"), "ATLAS_QPV");
    }

    /** The household key of the finder's data: « personne_seule », « couple » or the number of persons in care. */
    static String householdKey(String household, int dependants) {
        return dependants == 0 ? household : String.valueOf(dependants);
    }

    static FinderData finder(AtlasData data) {
        Map<String, Map<String, FinderTypology>> byResidence = new LinkedHashMap<>();
        Map<String, Double> ceilings = new LinkedHashMap<>();
        for (AtlasData.TypologyRow t : data.typologies()) {
            String key = householdKey(t.household(), t.dependants());
            ceilings.putIfAbsent(key, t.ceiling());
            FinderTypology typology = byResidence.computeIfAbsent(t.residenceId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.typology(), k -> new FinderTypology(t.typology(), t.rank(), t.dwellings(), t.pmr(),
                            new LinkedHashMap<>(), new LinkedHashMap<>()));
            if (t.accessible() != null) {
                typology.accessibles().put(key, t.accessible());
                typology.accessiblesPmr().put(key, t.accessiblePmr());
            }
        }
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (AtlasData.TargetHousehold h : data.parameters().targetHouseholds()) {
            targets.put(householdKey(h.household(), h.dependants()), h.rooms());
        }
        List<FinderResidence> residences = new ArrayList<>();
        for (AtlasData.Residence r : data.residences()) {
            Map<String, FinderTypology> typologies = byResidence.get(r.id());
            if (typologies != null) {
                residences.add(new FinderResidence(r.id(), r.commune(), r.depcom(), Typography.apply(r.address()),
                        r.qpvCode(), r.inQpv(), Classes.fragility(r), Classes.crossing(r), List.copyOf(typologies.values())));
            }
        }
        return new FinderData(new FinderParameters(ceilings, targets, data.parameters().thresholds().charges()), residences);
    }

    /** The search key of a residence: its addresses, commune and programme, lower case, without accents. */
    static String searchKey(AtlasData.Residence r, List<AtlasData.Address> addresses) {
        StringBuilder key = new StringBuilder(r.address()).append(' ').append(r.commune());
        if (r.programme() != null) {
            key.append(' ').append(r.programme());
        }
        if (addresses != null) {
            addresses.forEach(a -> key.append(' ').append(a.searchKey() == null ? a.label() : a.searchKey()));
        }
        return Normalizer.normalize(key.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('’', '\'');
    }
}
