package org.copydesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Legacy single-byte copy in the languages a European desk receives: read in the encoding it was written in. */
class SingleByteGuessTest {
    private static SingleByteGuess.Guess guess(String text, String charset) {
        return SingleByteGuess.guess(text.getBytes(Charset.forName(charset)), s -> true);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|windows-1252|Les dockers de Marseille ont voté la fin d’une grève de neuf jours ; « c’est un soulagement », a déclaré la capitaine.",
        "fr|ISO-8859-1|La préfecture a fermé trois routes à cause de la neige ; le trafic reprendra après l'hiver, dit-elle.",
        "de|ISO-8859-1|Die Straßenbahn fährt ab Montag wieder durch die Altstadt, teilte der Bürgermeister in Köln mit.",
        "es|ISO-8859-1|El alcalde anunció que el tranvía volverá a circular el próximo año; ¿quién pagará la ampliación?",
        "pt|ISO-8859-1|O governo português anunciou a votação do orçamento para a próxima sessão; as negociações continuam.",
        "it|ISO-8859-1|Il sindaco ha detto che la città avrà più autobus entro l'estate, perché il servizio è già in ritardo.",
        "da|ISO-8859-1|Færgen sejler igen fra Århus efter strejken, oplyser rederiet; passagererne må forvente forsinkelser.",
        "sv|ISO-8859-1|Färjan går igen från Göteborg efter strejken, säger rederiet; resenärerna får räkna med förseningar.",
        "pl|windows-1250|Władze Krakowa ogłosiły w poniedziałek, że ruch tramwajowy zostanie wstrzymany na dwa dni; zażółć gęślą jaźń.",
        "pl|ISO-8859-2|Władze Krakowa ogłosiły w poniedziałek, że ruch tramwajowy zostanie wstrzymany na dwa dni z powodu śniegu.",
        "cs|windows-1250|Praha čeká na řešení dopravní situace; tramvaje nejezdí přes most, řekl mluvčí dopravního podniku.",
        "cs|ISO-8859-2|Vláda schválila rozpočet na příští rok, opozice však hlasovala proti a žádá nové jednání o daních.",
        "sk|windows-1250|Vláda v Bratislave schválila rozpočet; opozícia žiada ďalšie rokovanie o daniach a poplatkoch.",
        "hu|windows-1250|A főügyész szerint a tűzoltók időben érkeztek, a lakók közül senki sem sérült meg a győri tűzben.",
        "ro|windows-1250|Primăria Bucureşti a anunţat că tramvaiele vor circula din nou de luni, după reparaţii.",
        "hr|windows-1250|Gradonačelnik Zagreba najavio je da će tramvaji ponovno voziti od ponedjeljka, nakon što se završe popravci.",
        "sl|windows-1250|Župan Ljubljane je napovedal, da bodo avtobusi spet vozili čez most, ko bodo končana dela.",
    })
    void eachLanguageIsReadInItsEncoding(String language, String charset, String text) {
        SingleByteGuess.Guess g = guess(text, charset);
        assertThat(g).as(language).isNotNull();
        assertThat(g.text()).as(language).isEqualTo(text);
        assertThat(g.encoding()).as(language).isEqualTo(Charset.forName(charset).name());
    }

    @Test
    void shortWesternTextWithoutATellingWordIsReadAsWestern() {
        assertThat(guess("Café ok, très bien", "ISO-8859-1")).isEqualTo(new SingleByteGuess.Guess("Café ok, très bien", "ISO-8859-1"));
        assertThat(guess("Hélène à Besançon", "ISO-8859-1").encoding()).isEqualTo("ISO-8859-1");
        // a curly quote puts the text in Windows-1252
        assertThat(guess("“Très bien”", "windows-1252").encoding()).isEqualTo("windows-1252");
    }

    @Test
    void theWordsThatGiveAReadingAwayAreCounted() {
        // Polish read as Western: a symbol inside a word; Czech read as Western: ø and š in one word
        assertThat(SingleByteGuess.misfits("W³adze za¿ó³æ", SingleByteGuess.WESTERN)).isEqualTo(6);
        assertThat(SingleByteGuess.misfits("øešení èeká", SingleByteGuess.WESTERN)).isEqualTo(3);
        assertThat(SingleByteGuess.misfits("¶niegu Bucureºti", SingleByteGuess.WESTERN)).isEqualTo(6);
        // every word some Western language's, but not one language's: Croatian read as Western
        assertThat(SingleByteGuess.misfits("Gradonaèelnik æe što", SingleByteGuess.WESTERN)).isEqualTo(1); // French has è and æ, not š
        assertThat(SingleByteGuess.misfits("Grève à Besançon après", SingleByteGuess.WESTERN)).isZero();
        assertThat(SingleByteGuess.misfits("¿Qué? 10 € y 1º, nº 5, ¡olé! § 3", SingleByteGuess.WESTERN)).isZero();
    }

    @Test
    void bytesNoCandidateReadsGiveNoGuessAndRandomBytesNeverFail() {
        // 0x81 is undefined in Windows-1252 and Windows-1250, and a control character in ISO-8859-2
        assertThat(SingleByteGuess.guess(new byte[] {'a', (byte) 0x81, 'b'}, TextDecoder::noControls)).isNull();
        long seed = Long.getLong("copydesk.seed", 12L);
        Random r = new Random(seed);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[r.nextInt(64)];
            r.nextBytes(b);
            SingleByteGuess.Guess g = SingleByteGuess.guess(b, s -> true);
            if (g != null) {
                assertThat(g.text()).as("seed %d, try %d", seed, i).hasSize(b.length);
            }
        }
    }
}
