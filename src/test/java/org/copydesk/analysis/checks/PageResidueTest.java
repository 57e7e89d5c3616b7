package org.copydesk.analysis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Page furniture in the seven languages, told apart from copy that uses the same words. */
class PageResidueTest {
    private static WebResidue.Kind kindOf(String line) {
        WebResidue.Finding f = WebResidue.check(line);
        return f == null ? null : f.kind();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home | World | Europe | Business", "Accueil › Société › Éducation",
            "Startseite > Region > Zürich", "Portada | Andalucía | Sevilla | Cultura", "Home » Cronaca » Milano",
            "Início | Mundo | Economia | Cultura", "Voorpagina · Binnenland · Politiek", "Accueil › Sport"})
    void menuAndBreadcrumbLinesAreNavigation(String line) {
        assertThat(kindOf(line)).isEqualTo(WebResidue.Kind.NAVIGATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share: Facebook | X | LinkedIn | Email", "Partager : Facebook X Copier le lien",
            "Beitrag teilen: WhatsApp | Facebook | E-Mail", "Compartir en WhatsApp | Facebook | Copiar enlace",
            "Condividi su Facebook · X · WhatsApp", "Partilhar: Facebook | WhatsApp | E-mail",
            "Deel dit artikel: WhatsApp | Facebook | LinkedIn"})
    void shareBarsAreBoilerplate(String line) {
        assertThat(kindOf(line)).isEqualTo(WebResidue.Kind.BOILERPLATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Get the morning briefing in your inbox. Sign up for our newsletter",
            "Abonnez-vous à notre lettre d’information et recevez l’essentiel chaque soir.",
            "Newsletter: Das Wichtigste aus der Region am Abend in Ihrem Postfach. Jetzt anmelden",
            "Recibe cada mañana nuestro boletín con las noticias de Asturias. Suscríbete gratis",
            "Iscriviti alla newsletter e ricevi ogni giorno le notizie di Torino",
            "Receba as principais notícias no seu e-mail. Inscreva-se",
            "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws uit Gent"})
    void newsletterBoxesAreBoilerplate(String line) {
        assertThat(kindOf(line)).isEqualTo(WebResidue.Kind.BOILERPLATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We use cookies to improve your experience. By continuing you accept our cookie policy. OK",
            "Nous utilisons des cookies pour vous proposer des contenus adaptés. Accepter | Refuser",
            "Diese Website verwendet Cookies. Mit der weiteren Nutzung stimmen Sie dem zu. Akzeptieren",
            "Este sitio web utiliza cookies para analizar el tráfico. Aceptar todas",
            "Questo sito utilizza cookie tecnici e di terze parti. Accetta",
            "Este site utiliza cookies para melhorar a navegação. Aceitar",
            "Wij gebruiken cookies om onze website te verbeteren. Akkoord"})
    void cookieBannersAreBoilerplate(String line) {
        assertThat(kindOf(line)).isEqualTo(WebResidue.Kind.BOILERPLATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Most read", "Les plus lus", "Meistgelesen", "Lo más leído", "I più letti", "Mais lidas",
            "Meest gelezen", "Most popular:"})
    void mostReadHeadingsOpenAList(String line) {
        assertThat(kindOf(line)).isEqualTo(WebResidue.Kind.LIST_HEADING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ver también: El Gobierno aprueba el plan de vivienda", "Leia também: Câmara aprova novo orçamento",
            "Lees ook: Gemeente schrapt fietsbrug", "Leggi anche: Il sindaco lascia il partito",
            "Lesen Sie auch: Die Stadt baut neue Velowege", "Veja também: Governo anuncia novo plano"})
    void seeAlsoLinesInEveryLanguageNameTheirStory(String line) {
        WebResidue.Finding f = WebResidue.check(line);
        assertThat(f).isNotNull();
        assertThat(f.related()).isTrue();
        assertThat(f.reference()).isEqualTo(line.substring(line.indexOf(':') + 1).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Facebook and WhatsApp were down for two hours on Tuesday.",
            "Paris, Berlin and Rome | the three capitals agreed on the plan.",
            "La Commission a publié une lettre d’information sur les cookies tiers et la vie privée en 2021, puis une "
                    + "seconde sur les traceurs, avant d’ouvrir une enquête sur trois régies publicitaires.",
            "Die Bäckerei verkauft seit Jahren Cookies, die Kundschaft ist begeistert.",
            "El alcalde pidió a los vecinos que se registren por correo antes del viernes.",
            "Zum Thema Verkehr sagte der Minister nichts.",
            "Meer over de plannen is nog niet bekend.",
            "Ele disse que a imprensa vai receber o relatório por e-mail.",
            "Saiba mais sobre o plano quem o pedir."})
    void copyThatUsesTheSameWordsIsNotResidue(String line) {
        assertThat(WebResidue.check(line)).isNull();
    }

    @Test
    void shortLinesAfterAMostReadHeadingAreResidueUntilCopyResumes() {
        List<String> page = List.of("Le conseil a voté le budget jeudi soir.", "Les plus lus",
                "1. Incendie à Lorient : trois familles relogées", "Météo : un week-end orageux en Bretagne",
                "La séance reprendra lundi, a précisé la présidente.");
        List<WebResidue.Finding> out = PageResidue.apply(page, own(page));
        assertThat(out.get(0)).isNull();
        assertThat(out.subList(1, 4)).allSatisfy(f -> assertThat(f).isNotNull());
        assertThat(out.get(4)).isNull();
    }

    @Test
    void aFirstLineThatHeadsAnotherStoryIsResidue() {
        List<String> page = List.of("Floods close motorway near Lyon for a second day",
                "Ferry operators strike over new safety rules",
                "Ferry operators on the Channel stopped work on Monday in protest at new safety rules that unions "
                        + "say were drawn up without them.",
                "The operators said the strike would last until the rules were withdrawn or rewritten with unions.",
                "The ministry said the safety rules followed two accidents and would not be withdrawn.",
                "Passengers were told to check with operators before travelling to the ports.");
        List<WebResidue.Finding> out = PageResidue.apply(page, own(page));
        assertThat(out.get(0)).isNotNull();
        assertThat(out.get(0).kind()).isEqualTo(WebResidue.Kind.STRAY_FIRST_LINE);
        assertThat(out.get(0).excerpt()).isEqualTo("Floods close motorway near Lyon for a second day");
        assertThat(out.subList(1, page.size())).allSatisfy(f -> assertThat(f).isNull());
    }

    @Test
    void aHeadlineFollowedByAStandfirstIsKept() {
        List<String> page = List.of("Ferry operators strike over new safety rules",
                "Unions say they were not consulted on the new rules",
                "Ferry operators on the Channel stopped work on Monday in protest at new safety rules that unions "
                        + "say were drawn up without them.",
                "The operators said the strike would last until the rules were withdrawn or rewritten with unions.",
                "The ministry said the safety rules followed two accidents and would not be withdrawn.");
        assertThat(PageResidue.apply(page, own(page))).allSatisfy(f -> assertThat(f).isNull());
    }

    private static List<WebResidue.Finding> own(List<String> page) {
        List<WebResidue.Finding> out = new ArrayList<>();
        page.forEach(p -> out.add(WebResidue.check(p)));
        return out;
    }
}
