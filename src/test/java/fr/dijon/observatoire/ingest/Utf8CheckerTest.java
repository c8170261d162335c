package fr.dijon.observatoire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckerTest {

    private static boolean valid(byte[] bytes, int chunk) {
        Utf8Checker checker = new Utf8Checker();
        for (int i = 0; i < bytes.length; i += chunk) {
            int n = Math.min(chunk, bytes.length - i);
            byte[] part = new byte[n];
            System.arraycopy(bytes, i, part, 0, n);
            checker.feed(part, n);
        }
        return checker.finish();
    }

    @Test
    void acceptsFrenchUtf8EvenWhenSequencesSpanChunks() {
        byte[] text = "DEPCOM;NOMVOIE\n21231;rue des Œillets, l’Île – 8 € 😀 Chenôve\n".repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 3, 7, 8, 13, 1 << 16}) {
            assertThat(valid(text, chunk)).as("morceaux de " + chunk).isTrue();
        }
    }

    @Test
    void refusesWindows1252AndMalformedSequences() {
        assertThat(valid("Chenôve, 8 €, l’Île".getBytes(Charset.forName("windows-1252")), 4096)).isFalse();
        assertThat(valid(new byte[] {(byte) 0xC0, (byte) 0xAF}, 16)).as("forme trop longue").isFalse();
        assertThat(valid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 16)).as("demi-codet").isFalse();
        assertThat(valid(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, 16)).as("séquence tronquée en fin").isFalse();
        assertThat(valid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 16)).as("> U+10FFFF").isFalse();
    }
}
