package fr.dijon.observatoire.atlas.data;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.indicators.MethodParameters;
import fr.dijon.observatoire.publication.Publication;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The method parameters and the reference sources a publication was computed with, read in this one place from
 * the {@code publication} row (its {@code parametres} and {@code sources}), never from {@code jobs/parametres.yml}
 * as it is now.
 */
public final class PublicationParameters {

    private PublicationParameters() {
    }

    public static AtlasData.Parameters of(Publication publication, MethodParameters p) {
        LocalDate reference = YearMonth.parse(publication.period()).atDay(1);
        MethodParameters.Accessibility access = p.accessibilite();
        AtlasData.Thresholds thresholds = new AtlasData.Thresholds(p.version(), p.secrecyThreshold(), access.zoneApl(),
                reference.toString(), access.forfaitCharges().doubleValue(), access.classes().accessibleMin().doubleValue(),
                access.classes().partielMin().doubleValue(), p.fragilite().classes().fragileMin().doubleValue(),
                p.fragilite().classes().surveillerMin().doubleValue(), p.fragilite().variationSensibilite().doubleValue());
        List<AtlasData.Weight> weights = new ArrayList<>();
        p.fragilite().composantes().forEach((code, c) -> weights.add(new AtlasData.Weight(code, c.libelle(),
                c.poids().doubleValue())));
        List<AtlasData.TargetHousehold> households = new ArrayList<>();
        access.typologieMenage().forEach((rooms, household) -> households.add(household.matches("\\d+")
                ? new AtlasData.TargetHousehold(rooms, "personnes_a_charge", Integer.parseInt(household))
                : new AtlasData.TargetHousehold(rooms, household, 0)));
        households.sort(Comparator.comparingInt(AtlasData.TargetHousehold::rooms));
        MethodParameters.AplCeiling ceiling = access.plafondsApl().stream()
                .filter(c -> c.zone().equals(access.zoneApl()) && !c.dateApplication().isAfter(reference))
                .max(Comparator.comparing(MethodParameters.AplCeiling::dateApplication))
                .orElseThrow(() -> new IllegalStateException("aucun loyer plafond APL de la zone " + access.zoneApl()
                        + " ne s'applique au " + reference + " dans les paramètres de la publication."));
        AtlasData.AplCeilings ceilings = new AtlasData.AplCeilings(ceiling.dateApplication().toString(), ceiling.zone(),
                ceiling.personneSeule().doubleValue(), ceiling.couple().doubleValue(),
                ceiling.unePersonneACharge().doubleValue(), ceiling.parPersonneSupplementaire().doubleValue());
        return new AtlasData.Parameters(thresholds, weights, households, ceilings, sources(publication.sourcesJson()));
    }

    private static List<AtlasData.Source> sources(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Map<String, Object>> rows = JsonMapper.builder().build().readValue(json, new TypeReference<>() { });
        return rows.stream().map(r -> new AtlasData.Source(text(r.get("libelle")), text(r.get("producteur")),
                text(r.get("millesime")), text(r.get("licence")))).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
