package org.copydesk.analysis.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Lingua 1.2.2 in high-accuracy mode over the seven languages, loaded once. Loading starts on a daemon thread
 * ({@link #startLoading()}); every use waits for it.
 *
 * <p>Per-word scoring uses the detector's own n-gram probabilities (the lookup Lingua's high-accuracy mode sums), so a
 * word costs microseconds instead of the ~0.5 ms a {@code computeLanguageConfidenceValues} call spends scheduling
 * tasks. If that lookup is not reachable, the public confidence API is used instead.
 */
public final class LinguaModels {
    private static final System.Logger LOG = System.getLogger(LinguaModels.class.getName());
    private static final String LOOKUP_NAME = "lookUpNgramProbability-as5wtIs$lingua";

    private final CompletableFuture<LanguageDetector> detector = new CompletableFuture<>();
    private volatile boolean started;
    private volatile long loadMillis = -1;
    private final MethodHandle lookup;

    public LinguaModels() {
        MethodHandle mh = null;
        try {
            mh = MethodHandles.publicLookup().findVirtual(LanguageDetector.class, LOOKUP_NAME,
                    MethodType.methodType(float.class, Language.class, String.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Lingua n-gram lookup not available; using the confidence API", e);
        }
        lookup = mh;
    }

    /** Starts loading the models on a daemon thread (once). */
    public synchronized void startLoading() {
        if (started) {
            return;
        }
        started = true;
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                LanguageDetector d = LanguageDetectorBuilder.fromLanguages(Languages.LINGUA)
                        .withPreloadedLanguageModels().build();
                loadMillis = (System.nanoTime() - t0) / 1_000_000;
                detector.complete(d);
            } catch (Throwable e) {
                detector.completeExceptionally(e);
            }
        }, "copydesk-lingua-load");
        t.setDaemon(true);
        t.start();
    }

    /** The detector, waiting for the models if they are still loading. */
    public LanguageDetector detector() {
        startLoading();
        try {
            return detector.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading language models", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load language models: " + e.getCause(), e.getCause());
        }
    }

    public boolean isLoaded() {
        return detector.isDone() && !detector.isCompletedExceptionally();
    }

    /** How long loading took, or -1 while it has not finished. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Log-likelihoods of a lower-case word (letters only): for each language (indexed as {@link Languages#CODES}) and
     * n-gram order n = 1..5 ({@code [language * 5 + n - 1]}), the sum of the log probabilities of the word's n-grams,
     * backing off to shorter prefixes as Lingua's high-accuracy mode does.
     */
    public double[] wordLogLikelihoods(String word) {
        LanguageDetector d = detector();
        double[] out = new double[Languages.COUNT * ORDERS];
        if (lookup == null) {
            Map<Language, Double> conf = d.computeLanguageConfidenceValues(word);
            for (int l = 0; l < Languages.COUNT; l++) {
                Double v = conf.get(Languages.LINGUA[l]);
                out[l * ORDERS + ORDERS - 1] = Math.log(Math.max(1e-6, v == null ? 0 : v)) * 8;
            }
            return out;
        }
        int len = word.length();
        try {
            for (int l = 0; l < Languages.COUNT; l++) {
                Language lang = Languages.LINGUA[l];
                for (int n = 1; n <= Math.min(ORDERS, len); n++) {
                    double sum = 0;
                    for (int i = 0; i + n <= len; i++) {
                        double p = 0;
                        for (int k = n; k >= 1 && p <= 0; k--) {
                            p = (float) lookup.invokeExact(d, lang, word.substring(i, i + k));
                        }
                        sum += p > 0 ? Math.log(p) : MISSING;
                    }
                    out[l * ORDERS + n - 1] = sum;
                }
            }
        } catch (Throwable e) {
            throw new IllegalStateException("Lingua lookup failed for '" + word + "'", e);
        }
        return out;
    }

    public static final int ORDERS = 5;

    private static final double MISSING = Math.log(1e-7);

    /** Plain Lingua: the language of a whole clause (for comparison in the benchmark). */
    public String detectClause(String clause) {
        Language l = detector().detectLanguageOf(clause);
        for (int i = 0; i < Languages.COUNT; i++) {
            if (Languages.LINGUA[i] == l) {
                return Languages.code(i);
            }
        }
        return null;
    }
}
