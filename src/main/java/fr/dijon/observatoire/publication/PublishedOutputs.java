package fr.dijon.observatoire.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a period's publication is rendered under the output folder: its atlas ({@code atlas/AAAA-MM/}, site and PDF)
 * and its CIL pack ({@code packs/pack-cil-AAAA-MM.zip}).
 */
public record PublishedOutputs(Path outputDir) {

    public Path atlasDir() {
        return outputDir.resolve("atlas");
    }

    public Path atlas(String period) {
        return atlasDir().resolve(period);
    }

    public Path atlasIndex(String period) {
        return atlas(period).resolve("index.html");
    }

    public Path packsDir() {
        return outputDir.resolve("packs");
    }

    public Path pack(String period) {
        return packsDir().resolve("pack-cil-" + period + ".zip");
    }

    /** Deletes the period's atlas folder and pack; returns what existed and was deleted. */
    public List<Path> delete(String period) throws IOException {
        List<Path> deleted = new ArrayList<>();
        Path atlas = atlas(period);
        if (Files.isDirectory(atlas)) {
            try (Stream<Path> walk = Files.walk(atlas)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            deleted.add(atlas);
        }
        if (Files.deleteIfExists(pack(period))) {
            deleted.add(pack(period));
        }
        return deleted;
    }
}
