package fr.dijon.observatoire.atlas.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PDF's fonts: DejaVu Sans, embedded (Identity-H), for text and for every AWT font the charts and maps draw
 * with, so that accents, « », € and œ are right and no font is left to the reader's machine.
 */
public final class PdfFonts implements FontMapper {

    private static final Path DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    final BaseFont regular;
    final BaseFont bold;

    public PdfFonts() {
        regular = load("DejaVuSans.ttf");
        bold = load("DejaVuSans-Bold.ttf");
    }

    private static BaseFont load(String file) {
        Path path = DIR.resolve(file);
        if (!Files.exists(path)) {
            throw new IllegalStateException("police introuvable : " + path + " (paquet Debian fonts-dejavu-core)");
        }
        try {
            return BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Font font(float size, boolean isBold) {
        return new Font(isBold ? bold : regular, size);
    }

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return font.isBold() ? bold : regular;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return new java.awt.Font("DejaVu Sans", font == bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
    }
}
