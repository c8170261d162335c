package fr.dijon.observatoire.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonFeaturesTest {

    private static final Path REFERENCE_DIR = Path.of("reference-data");

    @Test
    void readsTheTwentyThreeCommunesOfDijonMetropole() {
        List<GeoFeature> communes = GeoJsonFeatures.read(REFERENCE_DIR.resolve("dm_communes.geojson"), "code_insee");
        Map<String, GeoFeature> byCode = communes.stream().collect(Collectors.toMap(GeoFeature::id, Function.identity()));

        assertThat(communes).hasSize(23);
        assertThat(byCode).containsKeys("21231", "21166", "21452", "21003");
        assertThat(byCode.get("21231").text("nom")).isEqualTo("Dijon");
        assertThat(byCode.get("21166").text("nom")).isEqualTo("Chenôve");
        assertThat(byCode.get("21263").text("nom")).isEqualTo("Fénay");
        assertThat(byCode.get("21231").properties().get("population_municipale_insee")).isEqualTo(161_830L);
        assertThat(communes).allSatisfy(commune -> {
            assertThat(commune.geometry().isValid()).isTrue();
            assertThat(commune.geometry().getSRID()).isEqualTo(4326);
            assertThat(commune.geometry().getEnvelopeInternal().getMinX()).isBetween(4.8, 5.3);
        });
    }

    @Test
    void readsQpvMultiPolygonsWithTheirCodes() {
        List<GeoFeature> qpv = GeoJsonFeatures.read(REFERENCE_DIR.resolve("dm_qpv_2024.geojson"), "code_qp");

        assertThat(qpv).extracting(GeoFeature::id)
                .containsExactlyInAnyOrder("QN02101M", "QN02102M", "QN02103M", "QN02104M", "QN02105M", "QN02106N");
        assertThat(qpv).filteredOn(f -> f.id().equals("QN02103M")).singleElement()
                .satisfies(f -> assertThat(f.text("lib_qp")).isEqualTo("Les Grésilles"))
                .satisfies(f -> assertThat(f.geometry().getGeometryType()).isEqualTo("MultiPolygon"));
    }

    @Test
    void keepsPropertyTypesAndFallsBackToFeatureId(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("points.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"f1","properties":{"n":3,"x":1.5,"ok":true,"none":null,"tags":["a","b"]},
                  "geometry":{"type":"Point","coordinates":[5.04,47.32]}},
                 {"type":"Feature","properties":{"code":21231},"geometry":null}]}
                """);

        List<GeoFeature> features = GeoJsonFeatures.read(file, "code");

        assertThat(features.get(0).id()).isEqualTo("f1");
        assertThat(features.get(0).properties())
                .containsEntry("n", 3L).containsEntry("x", 1.5).containsEntry("ok", true)
                .containsEntry("none", null).containsEntry("tags", List.of("a", "b"));
        assertThat(features.get(0).geometry().getCoordinate().y).isEqualTo(47.32);
        assertThat(features.get(1).id()).isEqualTo("21231");
        assertThat(features.get(1).geometry()).isNull();
    }

    @Test
    void rejectsAFileThatIsNotAFeatureCollection(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.geojson");
        Files.writeString(file, "{\"type\":\"Point\",\"coordinates\":[0,0]}");

        assertThatThrownBy(() -> GeoJsonFeatures.read(file, "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FeatureCollection");
    }
}
