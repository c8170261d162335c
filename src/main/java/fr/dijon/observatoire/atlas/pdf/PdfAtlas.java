package fr.dijon.observatoire.atlas.pdf;

import fr.dijon.observatoire.atlas.AtlasData;
import fr.dijon.observatoire.geo.GeoJsonFeatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the PDF atlas (or the pack's summary) of a period: the sections of {@link PdfSections} in a {@link PdfBook}. */
public final class PdfAtlas {

    private final AtlasData data;
    private final PdfSections sections;
    private final PdfText text = new PdfText(new PdfFonts());

    public PdfAtlas(AtlasData data, Path referenceDir) throws IOException {
        this.data = data;
        this.sections = new PdfSections(data, GeoJsonFeatures.read(referenceDir.resolve("dm_communes.geojson"), "code_insee"),
                GeoJsonFeatures.read(referenceDir.resolve("dm_qpv_2024.geojson"), "code_qp"));
    }

    public void write(Path file, boolean sheets) throws IOException {
        String period = data.metadata().period();
        PdfBook book = new PdfBook(text, "Atlas du parc social de Dijon Métropole — " + period,
                "Atlas du parc social de Dijon Métropole — " + period);
        sections.cover(book);
        book.section(null, "Synthèse de la métropole", sections::summary);
        if (sheets) {
            for (Map.Entry<String, String> c : data.territoryNames("commune").entrySet()) {
                book.section("Communes", "Commune : " + c.getValue(), b -> sections.territory(b, "commune", c.getKey()));
            }
            for (Map.Entry<String, String> q : data.territoryNames("qpv").entrySet()) {
                book.section("Quartiers prioritaires", "Quartier prioritaire : " + q.getValue(),
                        b -> sections.territory(b, "qpv", q.getKey()));
            }
        }
        book.section(null, "Sans-abrisme et Logement d'abord", sections::homelessness);
        book.section(null, "Méthodologie et sources", sections::methodology);
        Files.write(file, book.finish("« s » : valeur couverte par le secret statistique (moins de "
                + data.metadata().secrecyThreshold() + " ménages ou personnes, ou valeur masquée pour qu'aucune autre ne "
                + "se retrouve par différence)."));
    }
}
