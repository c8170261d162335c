package fr.dijon.observatoire.atlas;

import fr.dijon.observatoire.atlas.pdf.PdfAtlas;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The PDF atlas: a cover, a table of contents, bookmarks, page numbers, the EPCI summary, one page per commune and
 * per QPV, homelessness and the methodology, with vector maps and charts drawn by the same code as the site and
 * embedded DejaVu fonts. The CIL pack's summary is the same book without the territorial pages.
 */
public final class AtlasPdf {

    private final PdfAtlas atlas;

    public AtlasPdf(AtlasData data, Path referenceDir) throws IOException {
        this.atlas = new PdfAtlas(data, referenceDir);
    }

    /** The full atlas: summary, every commune and QPV, homelessness, methodology. */
    public void write(Path file) throws IOException {
        atlas.write(file, true);
    }

    /** The summary of the CIL pack: summary with its maps, homelessness and the methodology, no territorial pages. */
    public void writeSynthesis(Path file) throws IOException {
        atlas.write(file, false);
    }
}
