package fr.dijon.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TypographicPrintStreamTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final TypographicPrintStream out = new TypographicPrintStream(console);

    private String printed() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMessagePrintedInPiecesIsTypesetOnceItsLineEnds() {
        out.print("Erreur : le fichier « rpls.csv » ");
        assertThat(printed()).as("rien n'est écrit avant la fin de la ligne").isEmpty();
        out.print("est refusé ; 25 % des lignes sont vides. Que faire ? Corrigez-le !");
        out.println();
        assertThat(printed()).isEqualTo("Erreur\u202F: le fichier «\u00A0rpls.csv\u00A0» est refusé\u202F; 25\u202F% des "
                + "lignes sont vides. Que faire\u202F? Corrigez-le\u202F!" + System.lineSeparator());
    }

    @Test
    void progressLinesEndedByACarriageReturnAreWrittenAtOnce() {
        out.print("  rpls.csv — chargement : 40 %\r");
        assertThat(printed()).isEqualTo("  rpls.csv — chargement\u202F: 40\u202F%\r");
    }

    @Test
    void aFlushWritesThePendingTextAndTimesPathsAndUrlsStayAsTheyAre() {
        out.print("Prochain traitement à 8:30, voir file:///srv/atlas/index.html ou C:\\atlas");
        out.flush();
        assertThat(printed()).isEqualTo("Prochain traitement à 8:30, voir file:///srv/atlas/index.html ou C:\\atlas");
    }

    /** A program that ends on a message without a line end, as an error printed just before {@code System.exit}. */
    public static final class EndsMidLine {
        public static void main(String[] args) {
            CommandLineFactory.typesetConsole();
            System.err.print("Erreur : fichier illisible");
            System.exit(3);
        }
    }

    @Test
    void aMessageWithoutLineEndIsStillWrittenWhenTheProgramExits() throws Exception {
        Process child = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EndsMidLine.class.getName()).start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).isEqualTo(3);
        assertThat(err).isEqualTo("Erreur\u202F: fichier illisible");
    }

    @Test
    void machineOutputBypassesTheTypography() throws IOException {
        TypographicPrintStream.machine(out).write("code;libelle\n21231;Dijon : centre\n".getBytes(StandardCharsets.UTF_8));
        assertThat(printed()).isEqualTo("code;libelle\n21231;Dijon : centre\n");
        assertThat(TypographicPrintStream.machine(System.out)).isSameAs(System.out);
    }
}
