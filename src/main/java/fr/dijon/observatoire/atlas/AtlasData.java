package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.indicators.SecrecyLoss;

import fr.dijon.observatoire.atlas.data.AtlasMarts;
import fr.dijon.observatoire.atlas.data.PublicationParameters;
import fr.dijon.observatoire.indicators.MethodParameters;
import fr.dijon.observatoire.publication.Publication;
import fr.dijon.observatoire.publication.PublicationStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the atlas shows for one period, read from that period's published marts only (see {@link AtlasMarts})
 * and the parameters stored with its publication (see {@link PublicationParameters}). Values masked by secrecy are null with their reason.
 */
public record AtlasData(Metadata metadata, Parameters parameters, List<Residence> residences,
                        Map<String, List<Component>> components, List<TerritoryValue> territories,
                        List<Evolution> evolutions, List<SeriesPoint> series, List<AnnualValue> annualValues,
                        List<Target> targets, List<Rule25> rule25, List<Sensitivity> sensitivity,
                        List<TypologyRow> typologies, Map<String, List<Address>> addresses,
                        List<WiderStock> widerStock, SecrecyLoss secrecyLoss, boolean opsAvailable,
                        boolean partnersAvailable) {

    /** What the published figures rest on, and the method parameters stored with the publication. */
    public record Metadata(String period, String methodVersion, int rplsMillesime, Integer opsYear, boolean rplsLoi,
                           int secrecyThreshold, MethodParameters parameters) {
    }

    /** The method parameters and inputs of the publication. */
    public record Parameters(Thresholds thresholds, List<Weight> weights, List<TargetHousehold> targetHouseholds,
                             AplCeilings ceilings, List<Source> sources) {
    }

    public record Thresholds(String methodVersion, int secrecyThreshold, String aplZone, String referenceDate,
                             double charges, double accessibleMin, double partialMin, double fragileMin, double watchMin,
                             double sensitivityVariation) {
    }

    public record Weight(String code, String label, double weight) {
    }

    /** The target household of a typology: {@code personne_seule}, {@code couple} or {@code personnes_a_charge}. */
    public record TargetHousehold(int rooms, String household, int dependants) {
    }

    /** APL rent ceilings (euros a month) of the zone and date the publication used. */
    public record AplCeilings(String since, String zone, double single, double couple, double oneDependant,
                              double perExtraDependant) {

        /** The ceiling of a household: 1 or 2 adults and {@code dependants} persons in their care. */
        public double of(int adults, int dependants) {
            if (dependants == 0) {
                return adults == 1 ? single : couple;
            }
            return oneDependant + (dependants - 1) * perExtraDependant;
        }
    }

    public record Source(String label, String producer, String vintage, String licence) {
    }

    /** One residence. Classes are null when masked (secrecy) or unknown (no OPS). */
    public record Residence(String id, String depcom, String commune, String address, String programme, String qpvCode,
                            boolean inQpv, Double lon, Double lat, int dwellings, int t1, int t2, int t3, int t4, int t5,
                            Double meanSurface, Integer builtYear, String buildPeriod, int plai, int plus, int pls, int pli,
                            int otherFinancing, int dpeAToC, int dpeD, int dpeEToG, int dpeUnknown, int passoires,
                            int dpeKnown, int pmr, String accessMethod, Double accessShare, Double rentPerM2,
                            Double rentIndex, String accessClass, Integer respondents, Double composite,
                            String fragilityClass, String mainComponent, String fragilitySecret, String crossing,
                            boolean groupOccupation, String occupationUnit, int addressCount) {

        public int[] typology() {
            return new int[] {t1, t2, t3, t4, t5};
        }

        public int[] financing() {
            return new int[] {plai, plus, pls, pli, otherFinancing};
        }

        public int[] dpe() {
            return new int[] {dpeAToC, dpeD, dpeEToG, dpeUnknown};
        }
    }

    /** One fragility component of a residence: its share, the EPCI reference and the index (null if masked). */
    public record Component(String code, String label, double weight, String source, Double share, Double reference,
                            Double index, String secret) {
    }

    /** One published territorial indicator. */
    public record TerritoryValue(String level, String code, String name, String indicator, String source, Double value,
                                 Double numerator, Double denominator, String secret) {
    }

    /** One published value of a territory for one millésime, with its change since the previous one. */
    public record Evolution(String level, String code, String indicator, String source, int year, Double value,
                            Integer previousYear, Double change, String secret) {
    }

    /** One month of a partner series. */
    public record SeriesPoint(String indicator, String label, String unit, String nature, String territory, String month,
                              Double value, String secret, Double rolling12, Double mean12, String secret12) {
    }

    /** The published value of a partner indicator for one year (months = months it covers). */
    public record AnnualValue(String indicator, String label, String unit, String nature, String territory, int year,
                              int months, Double value, String secret) {
    }

    /** Progress of an action against its annual target, for one year and the months it covers. */
    public record Target(String indicator, String label, String unit, String nature, int year, int months,
                         double annualTarget, Double proratedTarget, Double achieved, Double rate, Double proratedRate,
                         String secret, String targetSource) {
    }

    /** The 25 % rule of one year. */
    public record Rule25(int year, Double q1, Double total, Double ratio, double target, Boolean reached, String secret) {
    }

    /** How many residences change class when one weight moves by {@code variation}. */
    public record Sensitivity(String component, String label, double variation, int changed, int residences) {
    }

    /** Dwellings of one residence and typology, and those within the APL ceiling of one household. */
    public record TypologyRow(String residenceId, String typology, int rank, int dwellings, int pmr, int rentKnown,
                              String household, int dependants, double ceiling, Integer accessible, Integer accessiblePmr,
                              Integer accessibleGroundFloor, Integer accessiblePmrGroundFloor) {
    }

    /** One address of a residence. */
    /**
     * One figure of the stock of the territory, its département, its region or France (mart_comparaison_parc):
     * dwelling counts of the public RPLS, not subject to secrecy. {@code value} is a count, a share or a rent per m².
     */
    public record WiderStock(String level, String code, String name, String theme, String indicator, String modality,
                             int rank, long dwellings, Long base, Double value, int communes) {
    }

    public record Address(String residenceId, String label, String searchKey, Integer dwellings, Double lon, Double lat) {
    }

    /** The published value of one indicator for one territory, or null. */
    public TerritoryValue territory(String level, String code, String indicator) {
        for (TerritoryValue v : territories) {
            if (v.level().equals(level) && v.code().equals(code) && v.indicator().equals(indicator)) {
                return v;
            }
        }
        return null;
    }

    /** The territories of one level (communes, QPV…), by code, with their names. */
    public SortedMap<String, String> territoryNames(String level) {
        SortedMap<String, String> names = new TreeMap<>();
        for (TerritoryValue v : territories) {
            if (v.level().equals(level)) {
                names.put(v.code(), v.name());
            }
        }
        return names;
    }

    /** The code of the EPCI the atlas covers. */
    public String epci() {
        return territoryNames("epci").firstKey();
    }

    /** Reads the publication of one period; refuses in French when that period has not been computed. */
    public static AtlasData read(Connection c, String period) throws SQLException {
        Publication publication = new PublicationStore().require(c, period);
        MethodParameters parameters = MethodParameters.fromJson(publication.parametersJson());
        AtlasMarts marts = new AtlasMarts(c, period);
        AtlasMarts.MetadataRow row = marts.metadata();
        Metadata metadata = new Metadata(row.period(), row.methodVersion(), row.rplsMillesime(), row.opsYear(),
                row.rplsLoi(), row.secrecyThreshold(), parameters);
        Map<String, List<Component>> components = marts.components();
        List<SeriesPoint> series = marts.series();
        boolean ops = metadata.opsYear() != null
                && components.values().stream().anyMatch(l -> l.stream().anyMatch(x -> "OPS".equals(x.source())));
        return new AtlasData(metadata, PublicationParameters.of(publication, parameters), marts.residences(), components, marts.territories(),
                marts.evolutions(), series, marts.annualValues(), marts.targets(), marts.rule25(), marts.sensitivity(),
                marts.typologies(), marts.addresses(), marts.widerStock(), SecrecyLoss.of(c, period), ops,
                !series.isEmpty());
    }
}
