package org.copydesk.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our compact n-gram models give exactly the probabilities Lingua 1.2.2's own high-accuracy look-up gives (Lingua is
 * a test dependency only), and a damaged model file or Lingua file is a clear error.
 */
class NgramModelsTest {
    private static final Language[] LINGUA = {Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH,
            Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH};
    private static NgramModels models;

    @BeforeAll
    static void load() throws IOException {
        models = NgramModels.load();
    }

    @Test
    void everyNgramOfMixedCopyHasLinguasOwnProbability() throws Throwable {
        LanguageDetector lingua = LanguageDetectorBuilder.fromLanguages(LINGUA).build();
        MethodHandle lookup = MethodHandles.publicLookup().findVirtual(LanguageDetector.class,
                "lookUpNgramProbability-as5wtIs$lingua",
                MethodType.methodType(float.class, Language.class, String.class));
        String copy = "the government's spokesman said « nous n'avons pas reçu » la réponse über straße "
                + "señora año ciudadanía perché città coração não informações zeeën gebouw ĳs ｍ façade naïve xyzzq";
        int compared = 0;
        int found = 0;
        for (String word : copy.split("[^\\p{L}]+")) {
            for (int l = 0; l < LINGUA.length; l++) {
                for (int n = 1; n <= NgramModels.ORDERS; n++) {
                    for (int i = 0; i + n <= word.length(); i++) {
                        float theirs = (float) lookup.invokeExact(lingua, LINGUA[l], word.substring(i, i + n));
                        float ours = models.probability(l, word, i, i + n);
                        assertThat(ours).as("%s '%s'", Languages.code(l), word.substring(i, i + n)).isEqualTo(theirs);
                        compared++;
                        if (ours > 0) {
                            found++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(3000);
        assertThat(found).as("most n-grams of real words are in some model").isGreaterThan(compared / 3);
    }

    @Test
    void frenchWordsScoreHigherInFrenchThanInEnglish() {
        LinguaModels lm = new LinguaModels();
        double[] ll = lm.wordLogLikelihoods("gouvernement");
        double fr = Arrays.stream(ll, 1 * LinguaModels.ORDERS, 2 * LinguaModels.ORDERS).sum();
        double en = Arrays.stream(ll, 0, LinguaModels.ORDERS).sum();
        assertThat(fr).isGreaterThan(en);
        assertThat(lm.detectClause("nous n'avons pas reçu la réponse du gouvernement")).isEqualTo("fr");
        assertThat(lm.detectClause("the spokesman did not answer the question")).isEqualTo("en");
        assertThat(lm.detectClause("1, 2 — 3")).isNull();
    }

    @Test
    void onlyOurSevenLanguagesAreShippedAndTheModelsAreSmall() {
        assertThat(models.size()).isBetween(1_000_000L, 5_000_000L);
        assertThat(NgramModels.class.getResource("/language-models/en/fivegrams.json"))
                .as("Lingua's jar is a test dependency here, but our file stands alone").isNotNull();
    }

    @Test
    void theCompactFormKeepsEveryKeyAndValueAcrossBucketsAndPastSixteenBitIndices() throws IOException {
        // keys of up to 35 bits (five letters of a 7-bit alphabet) spread over every bucket of their high bits, and
        // more distinct probabilities than a char can index, as the German and Dutch five-grams have
        Random r = new Random(5);
        int count = 90_000;
        float[] table = new float[70_000];
        for (int i = 0; i < table.length; i++) {
            table[i] = (i + 1) / 1e6f;
        }
        long[] keys = r.longs(count * 2L, 0, 1L << 35).distinct().limit(count).sorted().toArray();
        int[] index = new int[count];
        NgramModels.Order.Builder builder = new NgramModels.Order.Builder(count, table);
        for (int i = 0; i < count; i++) {
            index[i] = i < table.length ? i : r.nextInt(table.length);
            builder.add(keys[i], index[i]);
        }
        NgramModels.Order order = builder.build();
        assertThat(order.size()).isEqualTo(count);
        for (int i = 0; i < count; i++) {
            assertThat(order.probability(keys[i])).as("key %d", keys[i]).isEqualTo(table[index[i]]);
        }
        for (int i = 0; i < 20_000; i++) {
            long absent = r.nextLong(1L << 36);
            if (Arrays.binarySearch(keys, absent) < 0) {
                assertThat(order.probability(absent)).as("absent key %d", absent).isZero();
            }
        }
        assertThat(new NgramModels.Order.Builder(0, new float[0]).build().probability(42)).isZero();
        assertThatThrownBy(() -> new NgramModels.Order.Builder(1, new float[(1 << 17) + 1]))
                .isInstanceOf(IOException.class).hasMessageContaining("distinct probabilities");
    }

    @Test
    void aFileThatIsNotOursIsRefused() {
        assertThatThrownBy(() -> NgramModels.read("en", "{\"language\":1}".getBytes()))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Copydesk n-gram model");
        assertThatThrownBy(() -> NgramModels.read("en", new byte[0])).isInstanceOf(IOException.class);
    }

    @Test
    void aCutShortPaddedOrMislabelledFileIsRefused() throws IOException {
        byte[] whole;
        try (InputStream in = NgramModels.class.getResourceAsStream(NgramModels.resourceName("nl"))) {
            whole = in.readAllBytes();
        }
        assertThat(NgramModels.read("nl", whole).probability("gebouw", 0, 3)).isPositive();
        for (int cut : new int[] {6, 20, 200, whole.length / 2, whole.length - 1}) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> NgramModels.read("nl", part))
                    .as("cut at %d", cut).isInstanceOf(IOException.class);
        }
        byte[] padded = Arrays.copyOf(whole, whole.length + 3);
        assertThatThrownBy(() -> NgramModels.read("nl", padded))
                .isInstanceOf(IOException.class).hasMessageContaining("after its end");
        byte[] future = whole.clone();
        future[7] = 9;
        assertThatThrownBy(() -> NgramModels.read("nl", future))
                .isInstanceOf(IOException.class).hasMessageContaining("format 9");
        assertThatThrownBy(() -> NgramModels.read("de", whole))
                .isInstanceOf(IOException.class).hasMessageContaining("for 'nl', expected 'de'");
        Random r = new Random(17);
        for (int i = 0; i < 20; i++) {
            byte[] noisy = whole.clone();
            int at = 40 + r.nextInt(Math.min(4000, whole.length - 40));
            noisy[at] ^= (byte) (1 + r.nextInt(255));
            try {
                NgramModels.read("nl", noisy);
            } catch (IOException expected) {
                // a flipped byte is refused or (in a probability or a key step) read as another value: never a crash
            }
        }
    }

    @Test
    void compilerReadsLinguasFormatAndRefusesMalformedFiles() throws IOException {
        Map<String, Float> ok = NgramModelCompiler.readLinguaModel("x.json", json(
                "{\"language\":\"FRENCH\",\"ngrams\":{\"1/4\":\"ab cd\",\"3/8\":\"éa\"}}"), 2);
        assertThat(ok).containsEntry("ab", 0.25f).containsEntry("cd", 0.25f).containsEntry("éa", 0.375f);
        for (String bad : new String[] {
                "[1,2]",
                "{\"language\":\"FRENCH\"}",
                "{\"ngrams\":{\"1/0\":\"ab\"}}",
                "{\"ngrams\":{\"abc\":\"ab\"}}",
                "{\"ngrams\":{\"5/4\":\"ab\"}}",
                "{\"ngrams\":{\"1/4\":\"abc\"}}",
                "{\"ngrams\":{\"1/4\":7}}",
                "{\"ngrams\":{\"1/4\":\"ab\"",
        }) {
            assertThatThrownBy(() -> NgramModelCompiler.readLinguaModel("fr/bigrams.json", json(bad), 2))
                    .as(bad).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> NgramModelCompiler.readLinguaModel("fr/bigrams.json",
                json("{\"ngrams\":{\"1/4\":\"abc\"}}"), 2)).hasMessageContaining("fr/bigrams.json");
    }

    @Test
    void compilerWithAMissingLinguaFileNamesIt() {
        assertThatThrownBy(() -> NgramModelCompiler.compile(name -> null, "en", new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class).hasMessageContaining("language-models/en/unigrams.json");
    }

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
