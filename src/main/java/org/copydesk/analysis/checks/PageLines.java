package org.copydesk.analysis.checks;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structural cues of page furniture, in the seven languages: menu and breadcrumb lines, share bars, newsletter sign-up
 * boxes and cookie banners. Each looks at one line (a paragraph) on its own; they are built on the shape of the line
 * (separators, length, where a word stands) and small word lists, not on whole phrases.
 */
final class PageLines {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Separators of menu items and breadcrumbs. */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("[\\s\\u00A0\\u202F]*(?:[|›»>/·•→▸▶]|\\s[-–—]\\s)[\\s\\u00A0\\u202F]*");
    private static final Set<String> HOME = Set.of("home", "homepage", "front page", "start", "startseite", "accueil",
            "une", "à la une", "inicio", "portada", "início", "página inicial", "capa", "voorpagina",
            "prima pagina", "news", "nachrichten", "actualités", "actualité", "noticias", "notícias", "notizie",
            "nieuws");
    private static final Set<String> NETWORKS = Set.of("facebook", "twitter", "x", "linkedin", "whatsapp", "reddit",
            "pinterest", "tumblr", "telegram", "e-mail", "email", "mail", "print", "pocket", "flipboard", "messenger",
            "skype", "threads", "bluesky", "mastodon", "instagram", "youtube", "tiktok", "xing", "viber", "signal",
            "sms", "imprimer", "drucken", "imprimir", "stampa", "afdrukken", "courriel", "correo", "copier", "copiar",
            "copia", "kopieren", "kopieer", "copy");
    /** A share bar begins with one of these (then a colon, "on", a network). */
    private static final Pattern SHARE_START = Pattern.compile("^(share|share (this|the) (article|story|post|page)|"
            + "partager|partagez|partager (cet|l[’']) ?article|teilen|artikel teilen|beitrag teilen|seite teilen|jetzt teilen|"
            + "compartir|comparte|compartir (este )?artículo|condividi|condividi (l[’']) ?articolo|compartilhe|"
            + "compartilhar|partilhar|partilhe|delen|deel|deel dit artikel|deel dit bericht)"
            + "([\\s\\u00A0\\u202F]*:|[\\s\\u00A0\\u202F]+(on|via|sur|par|auf|per|en|por|su|no|na|em|op|met))?[\\s\\u00A0\\u202F]*", FLAGS);
    private static final Pattern SIGN_UP_VERB = Pattern.compile("\\b(subscribe|sign[ -]up|get (it|them|the \\w+) in your inbox|"
            + "abonnez-vous|s[’']abonner|inscrivez-vous|s[’']inscrire|je m[’']inscris|recevez|"
            + "abonnieren|jetzt anmelden|anmelden|registrieren|bestellen|erhalten sie|"
            + "suscr[ií]b\\w*|reg[ií]str\\w*|recib\\w+|"
            + "iscriviti|iscrizione|abbonati|ricevi|"
            + "cadastre-se|inscreva-se|assine|subscrev\\w*|receba|registe-se|"
            + "abonneer|schrijf je (nu )?in|meld je (nu )?aan|ontvang)\\b", FLAGS);
    private static final Pattern NEWSLETTER = Pattern.compile("\\b(newsletters?|infolettre|lettre d[’']information|"
            + "boletín|boletim|bollettino|nieuwsbrief)\\b", FLAGS);
    private static final Pattern INBOX = Pattern.compile("\\b(inbox|mailbox|posteingang|postfach|boîte (mail|aux lettres|de réception)|"
            + "bandeja de entrada|caixa de (entrada|correio)|casella( di posta)?|e-?mail|courriel|correo|news|"
            + "nachrichten|actualités?|noticias|notícias|notizie|nieuws)\\b", FLAGS);
    private static final Pattern IMPERATIVE_SIGN_UP = Pattern.compile("\\b(subscribe|sign up|abonnez-vous|inscrivez-vous|"
            + "s[’']inscrire|jetzt abonnieren|abonnieren|jetzt anmelden|suscr[ií]bete|suscribirme|suscr[ií]base|"
            + "iscriviti|abbonati|cadastre-se|inscreva-se|assine( já)?|subscreva|registe-se|abonneer|schrijf je (nu )?in|"
            + "meld je (nu )?aan)\\b", FLAGS);
    private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b", FLAGS);
    /** What a banner asks or says cookies are for. */
    private static final Pattern CONSENT = Pattern.compile("(accept|acept|aceit|accett|akzept|einverstanden|zustimm|"
            + "consent|concord|agree|akkoord|toestemming|navig|brows|surf|erlebnis|exp[ée]rien|esperienza|ervaring|"
            + "audience|privacy|privacidad|privacidade|confidentialit|datenschutz|riservatezza|param[eé]tr|einstellung|"
            + "setting|configur|impostazion|instelling|terceros|terceiros|tiers|dritt|terze|derden|personali[sz]|"
            + "verbeter|améliorer|mejorar|melhorar|migliorare|improve|verbessern|optimal)", FLAGS);
    /** ... and who uses them: "we use", "this site uses", in the seven languages. */
    private static final Pattern USES = Pattern.compile("(utilis|verwend|nutzen|usamos|utilizamos|utiliza|usa\\b|"
            + "utilizziamo|utilizza|gebruik|\\bwe use|\\buses\\b|site|seite|sitio|sito|website|webseite|portal)", FLAGS);

    private PageLines() {
    }

    private static String[] words(String s) {
        String t = s.strip();
        return t.isEmpty() ? new String[0] : t.split("[\\s\\u00A0\\u202F]+");
    }

    /** "Home | World | Europe", "Accueil › Actualité › Transports": short items between menu separators. */
    static boolean isNavigation(String line) {
        String[] items = MENU_SEPARATOR.split(line.strip());
        int count = 0;
        int totalWords = 0;
        for (String item : items) {
            String it = item.strip();
            if (it.isEmpty()) {
                continue;
            }
            String[] w = words(it);
            if (w.length > 4 || it.endsWith(".") || it.endsWith(",") || it.endsWith(":")) {
                return false;
            }
            int cp = it.codePointAt(0);
            if (!Character.isUpperCase(cp) && !Character.isDigit(cp)) {
                return false;
            }
            count++;
            totalWords += w.length;
        }
        if (totalWords > 24) {
            return false;
        }
        if (count >= 3) {
            return true;
        }
        return count == 2 && items.length == 2 && HOME.contains(items[0].strip().toLowerCase(Locale.ROOT))
                && line.matches(".*[›»>/→▸▶|].*");
    }

    /** "Share: Facebook | X | WhatsApp", "Compartir en Facebook | X", "Partager : Facebook X LinkedIn Copier le lien". */
    static boolean isShareBar(String line) {
        String t = line.strip();
        var m = SHARE_START.matcher(t);
        boolean keyword = m.lookingAt() && m.end() < t.length();
        String rest = keyword ? t.substring(m.end()) : t;
        String[] w = rest.split("[\\s\\u00A0\\u202F|·•,/]+");
        int networks = 0;
        int count = 0;
        for (String x : w) {
            String k = x.toLowerCase(Locale.ROOT).replaceAll("^\\W+|\\W+$", "");
            if (k.isEmpty()) {
                continue;
            }
            count++;
            if (NETWORKS.contains(k)) {
                networks++;
            }
        }
        if (count == 0 || count > 14) {
            return false;
        }
        if (keyword) {
            return networks >= 1 && networks * 3 >= count;
        }
        return networks >= 3 && networks * 2 >= count && !t.endsWith(".");
    }

    /** A newsletter box: a call to sign up with a newsletter, an inbox or "the news" in a short paragraph. */
    static boolean isSignUp(String line, int wordCount) {
        if (wordCount > 40) {
            return false;
        }
        if (NEWSLETTER.matcher(line).find() && SIGN_UP_VERB.matcher(line).find()) {
            return true;
        }
        return wordCount <= 30 && IMPERATIVE_SIGN_UP.matcher(line).find() && INBOX.matcher(line).find();
    }

    /** A cookie banner: "cookies" early in a short paragraph that asks for consent or says what they are used for. */
    static boolean isCookieBanner(String line, int wordCount) {
        if (wordCount > 80) {
            return false;
        }
        var m = COOKIE.matcher(line);
        if (!m.find()) {
            return false;
        }
        int before = words(line.substring(0, m.start())).length;
        return before <= 12 && CONSENT.matcher(line).find() && USES.matcher(line).find();
    }
}
