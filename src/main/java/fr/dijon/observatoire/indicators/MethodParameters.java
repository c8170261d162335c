package fr.dijon.observatoire.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The method parameters of {@code jobs/parametres.yml}, bound once to typed records and validated: an unknown key,
 * a missing one or an impossible value (a negative weight, thresholds out of order…) stops the run with the key's
 * path and a French sentence. Money is kept in decimals end to end.
 */
public record MethodParameters(String versionMethode, Secrecy secret, Territory territoire, Residences residences,
                               Accessibility accessibilite, Fragility fragilite, Homelessness sansAbrisme,
                               @JsonProperty("regle_25") AllocationRule regle25) {

    public static final String FILE = "parametres.yml";

    /** Statistical secrecy: the threshold (the partner counts it applies to are chosen in the catalogue). */
    public record Secrecy(Integer seuil) {
    }

    /** The observatory's territory: the SIREN of its EPCI. */
    public record Territory(String epci) {
    }

    /** How dwellings are grouped into residences (read by the RPLS import). */
    public record Residences(BigDecimal distanceRegroupementM, BigDecimal toleranceContourM,
                             BigDecimal mailleCoordonneesM) {

        /** The settings the RPLS import works with. */
        public fr.dijon.observatoire.ingest.rpls.ResidenceKeySettings keySettings() {
            return new fr.dijon.observatoire.ingest.rpls.ResidenceKeySettings(distanceRegroupementM.doubleValue(),
                    toleranceContourM.doubleValue(), mailleCoordonneesM.doubleValue());
        }
    }

    /** One row of the dated APL rent ceilings, in euros per month. */
    public record AplCeiling(LocalDate dateApplication, String zone, BigDecimal personneSeule, BigDecimal couple,
                             @JsonProperty("une_personne_a_charge") BigDecimal unePersonneACharge,
                             BigDecimal parPersonneSupplementaire) {
    }

    /** Accessibility classes: the least share of accessible dwellings of each class. */
    public record AccessClasses(BigDecimal accessibleMin, BigDecimal partielMin) {
    }

    /** Accessibility to the poorest households. */
    public record Accessibility(String zoneApl, List<AplCeiling> plafondsApl, BigDecimal forfaitCharges,
                                Map<Integer, String> typologieMenage, AccessClasses classes) {
    }

    /** One fragility component: its weight and its French label. */
    public record Component(BigDecimal poids, String libelle) {
    }

    /** Fragility classes: the least composite index of each class. */
    public record FragilityClasses(BigDecimal fragileMin, BigDecimal surveillerMin) {
    }

    /** Fragility of a residence's occupancy. */
    public record Fragility(LinkedHashMap<String, Component> composantes, FragilityClasses classes,
                            BigDecimal variationSensibilite) {
    }

    /** Homelessness series: how many months the published series cover. */
    public record Homelessness(Integer fenetreMois) {
    }

    /** The 25 % rule (CCH L.441-1): the least share of first-quartile allocations outside QPV. */
    public record AllocationRule(BigDecimal partMinimale) {
    }

    /** Reads and validates jobs/parametres.yml; a broken file stops with a French sentence naming the key. */
    public static MethodParameters load(Path jobsDir) throws IOException {
        Path file = jobsDir.resolve(FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidParametersException("le fichier jobs/" + FILE + " est introuvable : il décrit la méthode "
                    + "des indicateurs et doit se trouver dans le dossier jobs/ du projet.");
        }
        return parse(text);
    }

    /** Parses and validates the text of a parametres.yml. */
    public static MethodParameters parse(String yaml) {
        YAMLMapper mapper = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        MethodParameters parameters;
        try {
            parameters = mapper.readValue(yaml, MethodParameters.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidParametersException("clé inconnue « " + path(e) + " » dans jobs/" + FILE
                    + " : vérifiez son orthographe (clés attendues à cet endroit : " + e.getKnownPropertyIds() + ").");
        } catch (MismatchedInputException e) {
            throw new InvalidParametersException("valeur invalide pour « " + path(e) + " » dans jobs/" + FILE
                    + " : corrigez-la (un nombre, une date AAAA-MM-JJ ou un texte selon la clé).");
        } catch (JacksonException e) {
            throw new InvalidParametersException("jobs/" + FILE + " n'est pas un YAML lisible (" + e.getOriginalMessage()
                    + ") : corrigez la ligne indiquée.");
        }
        if (parameters == null) {
            throw new InvalidParametersException("jobs/" + FILE + " est vide : il doit décrire la méthode des indicateurs.");
        }
        ParameterChecks.validate(parameters);
        return parameters;
    }

    /** The parameters as JSON, as they are stored with each publication. */
    public String toJson() {
        return JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()
                .writeValueAsString(this);
    }

    /** Reads back the parameters stored with a publication. */
    public static MethodParameters fromJson(String json) {
        return JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()
                .readValue(json, MethodParameters.class);
    }

    public String version() {
        return versionMethode;
    }

    public int secrecyThreshold() {
        return secret.seuil();
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }
}
