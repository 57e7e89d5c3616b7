package org.copydesk.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.analysis.LanguageSegment;
import org.copydesk.model.LanguageTags;

/**
 * How much of the body is in each language: letters counted per primary language (fr-CA counts as fr), largest share
 * first.
 */
public record LanguageMix(List<Share> shares) {
    public record Share(String language, int letters, double fraction, List<LanguageSegment> segments) {
        public int percent() {
            return (int) Math.round(fraction * 100);
        }

        /**
         * The percentage as shown: "&lt;1" for a share that is there but rounds to 0 (one short word in a long story),
         * "&gt;99" for one that rounds to 100 beside another language; never "0", which read as a language with nothing
         * left in it still listed.
         */
        public String percentText() {
            int p = percent();
            if (p == 0 && letters > 0) {
                return "<1";
            }
            if (p == 100 && fraction < 1) {
                return ">99";
            }
            return Integer.toString(p);
        }
    }

    public static LanguageMix of(String text, List<LanguageSegment> segments) {
        Map<String, int[]> letters = new LinkedHashMap<>();
        Map<String, List<LanguageSegment>> segs = new LinkedHashMap<>();
        int total = 0;
        for (LanguageSegment s : segments) {
            int n = 0;
            for (int i = Math.max(0, s.start()); i < Math.min(text.length(), s.end()); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            String lang = LanguageTags.primary(s.language().strip().replace('_', '-'));
            letters.computeIfAbsent(lang, k -> new int[1])[0] += n;
            segs.computeIfAbsent(lang, k -> new ArrayList<>()).add(s);
            total += n;
        }
        List<Share> out = new ArrayList<>();
        for (var e : letters.entrySet()) {
            out.add(new Share(e.getKey(), e.getValue()[0], total == 0 ? 0 : e.getValue()[0] / (double) total, segs.get(e.getKey())));
        }
        out.sort((a, b) -> Integer.compare(b.letters(), a.letters()));
        return new LanguageMix(out);
    }
}
