package org.copydesk.analysis.language;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Lingua's n-gram models (high-accuracy: orders 1 to 5) for the seven languages, loaded once. Loading starts on a
 * daemon thread ({@link #startLoading()}); every use waits for it.
 *
 * <p>The models are Lingua 1.2.2's own probabilities, compiled at build time into {@link NgramModels} (a compact form
 * of our own that loads in a fraction of the time and memory of Lingua's, and ships only our seven languages). Lingua
 * itself is not needed at run time.
 */
public final class LinguaModels {
    public static final int ORDERS = NgramModels.ORDERS;
    private static final double MISSING = Math.log(1e-7);

    private final CompletableFuture<NgramModels> models = new CompletableFuture<>();
    private volatile boolean started;
    private volatile long loadMillis = -1;

    /** Starts loading the models on a daemon thread (once). */
    public synchronized void startLoading() {
        if (started) {
            return;
        }
        started = true;
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                NgramModels m = NgramModels.load();
                loadMillis = (System.nanoTime() - t0) / 1_000_000;
                models.complete(m);
            } catch (Throwable e) {
                models.completeExceptionally(e);
            }
        }, "copydesk-lingua-load");
        t.setDaemon(true);
        t.start();
    }

    /** The models, waiting for them if they are still loading. */
    public NgramModels ngrams() {
        startLoading();
        try {
            return models.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading language models", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load language models: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Completes when the models are loaded (or failed to load); does not start loading. */
    public CompletableFuture<Void> loaded() {
        return models.thenAccept(m -> { });
    }

    public boolean isLoaded() {
        return models.isDone() && !models.isCompletedExceptionally();
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
        NgramModels m = ngrams();
        double[] out = new double[Languages.COUNT * ORDERS];
        int len = word.length();
        for (int l = 0; l < Languages.COUNT; l++) {
            for (int n = 1; n <= Math.min(ORDERS, len); n++) {
                double sum = 0;
                for (int i = 0; i + n <= len; i++) {
                    double p = 0;
                    for (int k = n; k >= 1 && p <= 0; k--) {
                        p = m.probability(l, word, i, i + k);
                    }
                    sum += p > 0 ? Math.log(p) : MISSING;
                }
                out[l * ORDERS + n - 1] = sum;
            }
        }
        return out;
    }

    /**
     * The language of a whole clause by Lingua's n-gram models alone (the sum over its words and all orders, no
     * word-level segmentation, no function words): what the segmentation is compared with in the benchmark. Null
     * for a clause without letters.
     */
    public String detectClause(String clause) {
        double[] total = new double[Languages.COUNT];
        boolean any = false;
        String lower = clause.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            if (!Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < lower.length() && Character.isLetter(lower.charAt(j))) {
                j++;
            }
            double[] ll = wordLogLikelihoods(lower.substring(i, j));
            for (int l = 0; l < Languages.COUNT; l++) {
                for (int n = 0; n < ORDERS; n++) {
                    total[l] += ll[l * ORDERS + n];
                }
            }
            any = true;
            i = j;
        }
        if (!any) {
            return null;
        }
        int best = 0;
        for (int l = 1; l < Languages.COUNT; l++) {
            if (total[l] > total[best]) {
                best = l;
            }
        }
        return Languages.code(best);
    }
}
