package org.copydesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.AnalysisHints;
import org.copydesk.analysis.LanguageSegment;

/** A stand-in analyser for editor tests that must not depend on language models: a word list decides the language. */
final class FakeAnalysis implements BodyEditor.Session {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private final Map<String, String> words;
    volatile int calls;

    FakeAnalysis(Map<String, String> words) {
        this.words = words;
    }

    @Override
    public Analysis analyze(String text, AnalysisHints hints) {
        calls++;
        String primary = hints.primaryLanguage();
        List<LanguageSegment> segs = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String lang = words.getOrDefault(m.group().toLowerCase(Locale.ROOT), primary);
            if (lang.equals(primary)) {
                continue;
            }
            LanguageSegment last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
            if (last != null && last.language().equals(lang) && text.substring(last.end(), m.start()).isBlank()
                    && text.substring(last.end(), m.start()).indexOf('\n') < 0) {
                segs.set(segs.size() - 1, new LanguageSegment(last.start(), m.end(), lang));
            } else {
                segs.add(new LanguageSegment(m.start(), m.end(), lang));
            }
        }
        return new Analysis(primary, segs, List.of(), List.of());
    }
}
