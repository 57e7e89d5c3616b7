package org.copydesk.analysis;

/** One analyser per test JVM, so the language models load once for all analysis tests. */
public final class SharedAnalyzer {
    private static final Analyzer INSTANCE = new Analyzer();

    static {
        INSTANCE.preloadInBackground();
    }

    private SharedAnalyzer() {
    }

    public static Analyzer get() {
        return INSTANCE;
    }
}
