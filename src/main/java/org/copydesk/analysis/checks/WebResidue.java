package org.copydesk.analysis.checks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web residue in copy taken from a page: comment-form and sharing-widget text, tag lines, "Loading...", a lone
 * "Related" ({@code boilerplate}), and paragraphs that point to another story ({@code related-link}, with the
 * headline they name).
 */
public final class WebResidue {
    /** What kind of residue a paragraph is. */
    public enum Kind {
        /** Page furniture: comment forms, share bars, banners, sign-up boxes. */
        BOILERPLATE,
        /** A navigation or breadcrumb line: its », › and | separate menu items, they quote nothing. */
        NAVIGATION,
        /** The heading of a list of other stories ("Most read", "Les plus lus"): the short lines after it are residue too. */
        LIST_HEADING,
        /** A short line under a {@link #LIST_HEADING}: the headline of another story in the page's list. */
        LIST_ITEM,
        /** A first line that heads another story, not this one (a teaser or the previous story's headline). */
        STRAY_FIRST_LINE,
        /** A pointer to another story ("See also: ..."). */
        RELATED
    }

    /**
     * What a paragraph is, if residue: a kind; for a related link the headline it names ({@code reference}, else
     * null); {@code excerpt} is the text a message quotes (the headline, or the paragraph shortened to 60 characters).
     */
    public record Finding(Kind kind, String reference, String excerpt) {
        public boolean related() {
            return kind == Kind.RELATED;
        }

        /** Residue of {@code kind} (not {@link Kind#RELATED}) in {@code paragraph}. */
        public static Finding residue(Kind kind, String paragraph) {
            return new Finding(kind, null, abbreviate(paragraph));
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String SP = "[\\s\\u00A0\\u202F]";

    private static final List<Pattern> BOILERPLATE = List.of(
            // comment forms
            Pattern.compile("^(leave a (reply|comment)|post a comment|add a comment|cancel reply|reply|"
                    + "laisser un commentaire|laisser une réponse|répondre|annuler la réponse|"
                    + "schreibe einen kommentar|hinterlasse einen kommentar|kommentar (verfassen|schreiben)|"
                    + "deja un comentario|deja una respuesta|responder|lascia un commento|lascia una risposta|"
                    + "rispondi|deixe um comentário|deixe uma resposta|laat een reactie achter|reageer)\\W*$", FLAGS),
            Pattern.compile("^(comments are closed|sorry, the comment form is closed|commentaires fermés|"
                    + "les commentaires sont fermés|print this (page|article)|email this (page|article)|"
                    + "follow us on \\w+|suivez-nous sur \\w+|(filed under|categories|catégories|rubriques?)" + SP + "*:.*|"
                    + "(photo|image|crédit photo|credit)" + SP + "*:" + SP + "*(getty|afp|reuters|ap|shutterstock|dr)\\b.*|"
                    + "(advertisement|publicité|anzeige|werbung|publicidad|pubblicità)" + SP + "*[-–—]?" + SP + "*(scroll|continue).*)\\W*$", FLAGS),
            Pattern.compile("(your email address will not be published|required fields are marked|"
                    + "votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée|"
                    + "les champs obligatoires sont indiqués|"
                    + "deine e-?mail-adresse wird nicht veröffentlicht|ihre e-?mail-adresse wird nicht veröffentlicht|"
                    + "erforderliche felder sind|tu dirección de correo electrónico no será publicada|"
                    + "il tuo indirizzo email non sarà pubblicato|o seu endereço de e-?mail não será publicado|"
                    + "je e-?mailadres wordt niet gepubliceerd|save my name, email|notify me of (new|follow-up)|"
                    + "this site uses akismet|you must be logged in to post)", FLAGS),
            // sharing widgets
            Pattern.compile("^(share this|share|share on|partager|partager sur|partagez|teilen|compartir|condividi|"
                    + "compartilhe|compartilhar|delen|like this|j[’']aime|gefällt mir|me gusta|mi piace|curtir|"
                    + "share this (article|story|post)|follow us|suivez-nous|print|email|tweet|pin it)"
                    + SP + "*(:|…|\\.\\.\\.)?" + SP + "*$", FLAGS),
            Pattern.compile("^click to (share|email|print|tweet|pin|like|open)\\b", FLAGS),
            Pattern.compile("^cliquez pour (partager|imprimer|envoyer)\\b", FLAGS),
            Pattern.compile("^(like|j[’']aime)" + SP + "+(loading|chargement)", FLAGS),
            Pattern.compile("^(facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|tumblr|telegram|e-?mail|print|"
                    + "pocket|flipboard|messenger|skype|threads|bluesky|mastodon)"
                    + "([\\s\\u00A0\\u202F|·•,/]+(facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|tumblr|"
                    + "telegram|e-?mail|print|pocket|flipboard|messenger|skype|threads|bluesky|mastodon|more))+\\W*$",
                    FLAGS),
            // loading, navigation, tags
            Pattern.compile("^(loading|chargement|wird geladen|cargando|caricamento|carregando|laden)"
                    + SP + "*(\\.{2,3}|…)?$", FLAGS),
            Pattern.compile("^(posted|filed|published) (in|under|on|by)\\b.*(\\||tagged|tags?:|bookmark|permalink)", FLAGS),
            Pattern.compile("^(tagged|tags|étiquettes|mots-clés|schlagwörter|etiquetas)" + SP + "*:", FLAGS),
            Pattern.compile("^(this entry was posted|publié dans|classé dans|bookmark the permalink)", FLAGS),
            Pattern.compile("^(related|related posts|related articles|related stories|articles similaires|"
                    + "sur le même sujet|à lire aussi|ähnliche beiträge|artículos relacionados|articoli correlati|"
                    + "posts relacionados|gerelateerd|you may also like|you might also like|recommended|"
                    + "recommended for you|more stories|more from|trending( now)?|most read|most popular|"
                    + "vous aimerez aussi|les plus lus|post navigation|previous post|next post|"
                    + "article précédent|article suivant|advertisement|publicité|anzeige|sponsored|"
                    + "skip to (main )?content|aller au contenu|read more|continue reading|lire la suite|weiterlesen|leer más|continua a leggere|lees verder)" + SP + "*:?" + SP + "*$", FLAGS),
            Pattern.compile("^(previous|next)" + SP + "+(post|article|story)" + SP + "*[:«»]", FLAGS),
            Pattern.compile("^(subscribe|sign up|inscrivez-vous|abonnez-vous)\\b.{0,60}(newsletter|inbox|updates|infolettre)\\W*$", FLAGS),
            Pattern.compile("^(\\d+|no)" + SP + "+(comments?|responses?|replies|commentaires?|kommentare?|comentarios?|"
                    + "commenti|reacties|shares|likes)\\W*$", FLAGS),
            Pattern.compile("^comments?" + SP + "*(\\(\\d+\\))?$", FLAGS),
            Pattern.compile("^(©|copyright|\\(c\\))" + SP + "*(\\d{4})?.{0,80}(all rights reserved|tous droits réservés|"
                    + "alle rechte vorbehalten|todos los derechos reservados)?\\W*$", FLAGS),
            Pattern.compile("^(we use cookies|this (web)?site uses cookies|ce site utilise des cookies)", FLAGS));

    /** Headings of lists of other stories on a page, in the seven languages; the short lines after one are residue too. */
    private static final Pattern LIST_HEADING = Pattern.compile("^(most (read|viewed|popular|shared|commented)|"
            + "(the )?most[- ]read (stories|articles)?|popular (now|stories|today)|trending( now| stories)?|top stories|"
            + "more stories|more (news|from|in) [\\p{L} ]{1,30}|recommended( for you)?|you (may|might) also like|"
            + "les plus (lus|lues|consultés|partagés|commentés)|les articles les plus lus|à la une|vous aimerez aussi|"
            + "(am )?meist(gelesen|gelesene (artikel|beiträge)?|geklickt|kommentiert|geteilt)|am meisten gelesen|"
            + "beliebte(ste)? (artikel|beiträge|themen)|top-?artikel|mehr (aus|zum thema|zu) [\\p{L} ]{1,30}|"
            + "lo más (leído|visto|compartido|comentado|popular)|(las|los) más (leídas|leídos|vistas|vistos)|"
            + "más (leídas|leídos|vistas|vistos)|te puede interesar|"
            + "(i )?più (letti|lette|visti|viste|condivisi|commentati)|(gli )?articoli più letti|potrebbe interessarti|"
            + "(as |os )?mais (lidas|lidos|vistas|vistos|partilhadas|compartilhadas|comentadas)|(as |os )?mais populares|"
            + "(as )?últimas( notícias)?|pode (também )?interessar|"
            + "meest (gelezen|bekeken|gedeeld)|populair(e artikelen)?|ook interessant|"
            + "lo último|últimas noticias|dernières (infos|actualités|nouvelles)|letzte meldungen|ultime notizie|laatste nieuws|latest( news)?)"
            + SP + "*:?" + SP + "*$", FLAGS);

    private static final Pattern RELATED = Pattern.compile(
            "^(?<kw>see also|also read|read also|read more|related story|related article|related|more on this( story)?|"
                    + "more|further reading|don['’]t miss|voir aussi|à lire aussi|a lire aussi|lire aussi|"
                    + "à lire également|lire également|à voir aussi|voir également|sur le même sujet|"
                    + "siehe auch|lesen sie auch|lesen sie mehr|lesen sie hier|mehr zum thema|auch interessant|zum thema|"
                    + "das könnte sie auch interessieren|véase también|ver también|vea también|lee también|leer más|"
                    + "lea también|léase también|le puede interesar|te puede interesar|relacionad[oa]s?|"
                    + "ver também|veja também|veja mais|leia também|leia mais|ler também|ler mais|saiba mais|"
                    + "leggi anche|leggi pure|vedi anche|approfondisci|potrebbe interessarti|"
                    + "lees ook|zie ook|lees meer|lees hier|ook interessant|meer over)"
                    + "(?<sep>" + SP + "*[:\\-–—»›>|]+" + SP + "*|" + SP + "+)(?<head>.+)$", FLAGS);

    /** Pointer words that begin ordinary sentences too: a pointer only with a colon, dash or arrow after them. */
    private static final Set<String> NEEDS_SEPARATOR = Set.of("more", "related", "zum thema",
            "meer over", "saiba mais", "veja mais", "approfondisci", "leer más", "ler mais", "lees meer", "read more",
            "lees hier", "lesen sie hier");

    /** Arrows and bullets a page puts before a pointer ("► Read more", ">> See also"). */
    private static final Pattern LEADING_BULLETS = Pattern.compile("^[►▶▸▹→⇒➤➔•·*>\\-–—|\\s\\u00A0\\u202F]+(?=\\p{L})");

    private WebResidue() {
    }

    /** What the paragraph (one line, no newline) is, or null when it is copy. */
    public static Finding check(String paragraph) {
        String p = LEADING_BULLETS.matcher(paragraph.strip()).replaceFirst("");
        if (p.isEmpty() || p.length() > 700) {
            return null;
        }
        Matcher rm = RELATED.matcher(p);
        if (rm.matches() && p.length() <= 250) {
            String head = rm.group("head").strip();
            String keyword = rm.group("kw").toLowerCase(Locale.ROOT);
            head = head.replaceAll("^[«“\"„‘'\\s\\u00A0\\u202F]+|[»”\"“’'\\s\\u00A0\\u202F]+$", "");
            boolean needsSeparator = NEEDS_SEPARATOR.contains(keyword) || keyword.startsWith("relacionad");
            boolean hasSeparator = !rm.group("sep").isBlank();
            int words = head.isEmpty() ? 0 : head.split("[\\s\\u00A0\\u202F]+").length;
            if (words >= 2 && (!needsSeparator || hasSeparator) && !endsLikeSentenceOfCopy(keyword, head)) {
                return new Finding(Kind.RELATED, head, head);
            }
        }
        int words = p.split("[\\s\\u00A0\\u202F]+").length;
        if (words > 40) {
            return PageLines.isCookieBanner(p, words) ? Finding.residue(Kind.BOILERPLATE, p) : null;
        }
        if (LIST_HEADING.matcher(p).matches()) {
            return Finding.residue(Kind.LIST_HEADING, p);
        }
        if (PageLines.isShareBar(p)) {
            return Finding.residue(Kind.BOILERPLATE, p);
        }
        if (PageLines.isNavigation(p)) {
            return Finding.residue(Kind.NAVIGATION, p);
        }
        for (Pattern b : BOILERPLATE) {
            if (b.matcher(p).find()) {
                return Finding.residue(Kind.BOILERPLATE, p);
            }
        }
        if (PageLines.isSignUp(p, words) || PageLines.isCookieBanner(p, words)) {
            return Finding.residue(Kind.BOILERPLATE, p);
        }
        return null;
    }

    /** "More than 200 people ..." is copy, not a pointer. */
    private static boolean endsLikeSentenceOfCopy(String keyword, String head) {
        if (keyword.equals("more") || keyword.equals("related")) {
            return Character.isLowerCase(head.codePointAt(0));
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
