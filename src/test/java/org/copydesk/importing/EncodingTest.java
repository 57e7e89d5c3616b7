package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.copydesk.model.Article;
import org.copydesk.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Text files in the encodings copy arrives in: every character kept, or a clear error. */
class EncodingTest {
    private static final String STORY = """
            Grève des dockers : la fin après une nuit de négociations

            Les dockers de Marseille ont voté jeudi la fin d’une grève de neuf jours, qui coûtait 2 € par conteneur
            et par heure, selon l’autorité portuaire.

            « C’est un soulagement », a déclaré Hélène Ruiz, capitaine du port. The deal — signed at 4 a.m. — ends
            the longest stoppage since 2011; “a relief for everyone”, one shipping agent said.
            """;
    private final Importer importer = new Importer();

    private Article read(String name, byte[] bytes) throws ImportException {
        return importer.importBytes(name, bytes).draft();
    }

    private static String expectedBody() {
        String[] paras = STORY.strip().split("\n\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < paras.length; i++) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(paras[i].replace('\n', ' '));
        }
        return sb.toString();
    }

    @Test
    void windows1252IsDetectedWithCurlyQuotesEuroAndGuillemets() throws Exception {
        byte[] bytes = STORY.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252"));
        ImportResult r = importer.importBytes("greve.txt", bytes);
        assertThat(r.encoding()).isEqualTo("windows-1252");
        assertThat(r.warnings()).anyMatch(w -> w.contains("windows-1252"));
        assertThat(r.draft().headline()).isEqualTo("Grève des dockers : la fin après une nuit de négociations");
        assertThat(r.draft().bodyText()).isEqualTo(expectedBody());
    }

    @Test
    void isoLatin1WithoutWindowsCharactersIsRead() throws Exception {
        String latin = "Météo : neige à Besançon\n\nLa préfecture a fermé trois routes ; « prudence », dit-elle.\n";
        ImportResult r = importer.importBytes("meteo.txt", latin.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.draft().headline()).isEqualTo("Météo : neige à Besançon");
        assertThat(r.draft().bodyText()).isEqualTo("La préfecture a fermé trois routes ; « prudence », dit-elle.");
        assertThat(r.encoding()).isIn("ISO-8859-1", "windows-1252");
    }

    @Test
    void shortLatin1IsNotMistakenForCentralEuropeanButPolishIs() throws Exception {
        ImportResult cafe = importer.importBytes("cafe.txt", "Title\n\nCafé ok, très bien\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(cafe.encoding()).isEqualTo("ISO-8859-1");
        assertThat(cafe.draft().bodyText()).isEqualTo("Café ok, très bien");
        String polish = "Tramwaje w Krakowie\n\nWładze Krakowa ogłosiły w poniedziałek, że ruch tramwajowy zostanie wstrzymany"
                + " na dwa dni; zażółć gęślą jaźń.\n";
        ImportResult pl = importer.importBytes("krakow.txt", polish.getBytes(Charset.forName("windows-1250")));
        assertThat(pl.encoding()).isEqualTo("windows-1250");
        assertThat(pl.draft().bodyText()).startsWith("Władze Krakowa ogłosiły");
    }

    @Test
    void utf16LittleAndBigEndianWithByteOrderMark() throws Exception {
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.write(0xFF);
        le.write(0xFE);
        le.write(STORY.getBytes(StandardCharsets.UTF_16LE));
        ImportResult r = importer.importBytes("greve-le.txt", le.toByteArray());
        assertThat(r.encoding()).isEqualTo("UTF-16LE");
        assertThat(r.draft().bodyText()).isEqualTo(expectedBody());

        byte[] be = STORY.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        ImportResult r2 = importer.importBytes("greve-be.txt", be);
        assertThat(r2.encoding()).isEqualTo("UTF-16BE");
        assertThat(r2.draft().bodyText()).isEqualTo(expectedBody());
        assertThat(r2.warnings()).isEmpty();
    }

    @Test
    void utf8WithByteOrderMarkAndOldMacLineEndsAndDecomposedAccentsBecomesNfc() throws Exception {
        String decomposed = "Cafe\u0301 de\u0301sert\r\rLe cafe\u0301 est ferme\u0301.\r";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(decomposed.getBytes(StandardCharsets.UTF_8));
        Article a = read("cafe.txt", b.toByteArray());
        assertThat(a.headline()).isEqualTo("Café désert");
        assertThat(a.body()).extracting(Paragraph::text).containsExactly("Le café est fermé.");
    }

    @Test
    void invalidUtf8ThatIsNoOtherEncodingEitherIsAnErrorWithThePosition() {
        byte[] bytes = "Budget vote\n\nThe council met at 9am \u0081\u008D\u0090 and adjourned."
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read("budget.txt", bytes))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("budget.txt: not valid UTF-8 at byte 36 (line 3, column 24): byte 0x81; not Windows-1252")
                .hasMessageContaining("not imported");
    }

    @Test
    void utf16WithAnUnpairedSurrogateIsAnErrorNotAReplacementCharacter() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0, 0x00, (byte) 0xD8, '!', 0};
        assertThatThrownBy(() -> read("broken16.txt", bytes))
                .hasMessageStartingWith("broken16.txt: not valid UTF-16LE at byte");
    }

    @Test
    void controlCharactersMeanItIsNotText() {
        byte[] bytes = "Title\n\nsome\u0001\u0002 text".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read("odd.txt", bytes))
                .hasMessage("odd.txt: control character U+0001 at line 3, column 5: not a text file");
    }
}
