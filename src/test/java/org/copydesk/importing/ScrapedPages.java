package org.copydesk.importing;

import java.util.List;

/**
 * Our own scraped pages in the seven languages: a teaser for another story as the first line, then the story's real
 * headline, then its running text. {@link #plain} has the first line as the headline and a short standfirst-like
 * first paragraph (the first line must stay).
 */
final class ScrapedPages {
    record Page(String language, String teaser, String headline, List<String> body) {
        String asText() {
            StringBuilder sb = new StringBuilder(teaser.isEmpty() ? "" : teaser + "\n\n").append(headline);
            for (String p : body) {
                sb.append("\n\n").append(p);
            }
            return sb.append('\n').toString();
        }

        String asHtml() {
            StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"" + language + "\"><body><main>")
                    .append(teaser.isEmpty() ? "<h1>" + headline + "</h1>"
                            : "<p><a href=\"/other\">" + teaser + "</a></p><p><strong>" + headline + "</strong></p>");
            for (String p : body) {
                sb.append("<p>").append(p).append("</p>");
            }
            return sb.append("</main></body></html>").toString();
        }
    }

    static final List<Page> TEASERS = List.of(
            new Page("en", "Lighthouse keepers return to the Shetland coast",
                    "Dublin council votes to close the Liffey quays to cars",
                    List.of("Dublin City Council voted on Tuesday to close the Liffey quays to private cars from next spring, after a year of trials on the north bank.",
                            "The council said buses, cyclists and deliveries would keep using the quays, and that traffic on the trial stretch fell by a third.",
                            "Shopkeepers on the quays asked the council for more loading bays before the cars go; the vote gives them six months.")),
            new Page("fr", "Les vendanges commencent tôt en Champagne",
                    "Lyon ferme ses quais du Rhône aux voitures",
                    List.of("La métropole de Lyon a voté mardi la fermeture des quais du Rhône aux voitures à partir du printemps prochain, après un an d'essais.",
                            "Les bus, les vélos et les livraisons pourront toujours emprunter les quais, où la circulation a baissé d'un tiers pendant l'essai.",
                            "Les commerçants des quais demandent à la métropole davantage d'aires de livraison avant la fermeture.")),
            new Page("de", "Neue Fähre für den Bodensee vorgestellt",
                    "Leipzig sperrt die Innenstadt für Lastwagen",
                    List.of("Der Stadtrat von Leipzig hat am Dienstag beschlossen, die Innenstadt ab dem Frühjahr für Lastwagen zu sperren.",
                            "Lieferungen in die Innenstadt sollen künftig mit kleinen Elektrowagen von zwei Depots am Stadtrand kommen.",
                            "Die Händler der Leipziger Innenstadt fordern mehr Ladezonen, bevor die Sperre für Lastwagen gilt.")),
            new Page("es", "Récord de visitantes en la Alhambra este verano",
                    "Valencia cierra el puerto viejo al tráfico de camiones",
                    List.of("El ayuntamiento de Valencia aprobó el martes cerrar el puerto viejo al tráfico de camiones a partir de la próxima primavera.",
                            "Los camiones del puerto usarán una nueva vía de acceso por el sur, según el plan aprobado por el ayuntamiento.",
                            "Los vecinos del barrio del puerto celebran el cierre, que llevaban años pidiendo al ayuntamiento de Valencia.")),
            new Page("it", "Sciopero dei traghetti per la Sardegna",
                    "Bologna chiude il centro storico alle auto private",
                    List.of("Il consiglio comunale di Bologna ha approvato martedì la chiusura del centro storico alle auto private dalla prossima primavera.",
                            "Autobus, biciclette e consegne potranno ancora entrare nel centro storico, dove il traffico è calato di un terzo durante la prova.",
                            "I commercianti del centro chiedono al comune di Bologna più spazi per il carico e lo scarico.")),
            new Page("pt", "Vindimas começam mais cedo no Douro",
                    "Porto fecha a Ribeira aos carros particulares",
                    List.of("A Câmara do Porto aprovou na terça-feira o fecho da Ribeira aos carros particulares a partir da próxima primavera.",
                            "Autocarros, bicicletas e entregas continuam a poder circular na Ribeira, onde o trânsito caiu um terço durante o ensaio.",
                            "Os comerciantes da Ribeira pedem à Câmara do Porto mais lugares de cargas e descargas antes do fecho.")),
            new Page("nl", "Nieuwe veerboot voor de Waddenzee gepresenteerd",
                    "Utrecht sluit de binnenstad af voor vrachtwagens",
                    List.of("De gemeenteraad van Utrecht heeft dinsdag besloten de binnenstad vanaf het voorjaar af te sluiten voor vrachtwagens.",
                            "Leveringen in de binnenstad komen voortaan met kleine elektrische wagens vanuit twee depots aan de rand van Utrecht.",
                            "Winkeliers in de binnenstad van Utrecht willen meer laadplekken voordat de vrachtwagens worden geweerd.")));

    /** Pages headed by their own first line, with a short first paragraph that must not take its place. */
    static final List<Page> PLAIN = List.of(
            new Page("en", "", "Storm closes ferry routes to the Scottish islands",
                    List.of("By our Glasgow correspondent",
                            "Ferries to the Scottish islands stayed in port on Wednesday as a storm closed every route from Oban and Ullapool.",
                            "The ferry operator said routes to the islands would reopen once the storm had passed, probably on Friday.")),
            new Page("fr", "", "La tempête coupe les liaisons vers les îles bretonnes",
                    List.of("Mise à jour à 18 heures",
                            "Les bateaux vers les îles bretonnes sont restés à quai mercredi, la tempête ayant fermé toutes les liaisons depuis Quiberon.",
                            "La compagnie rouvrira les liaisons vers les îles dès que la tempête sera passée, sans doute vendredi.")),
            new Page("de", "", "Sturm legt die Fähren zu den Nordseeinseln lahm",
                    List.of("Von unserer Korrespondentin in Bremen",
                            "Die Fähren zu den Nordseeinseln blieben am Mittwoch im Hafen, weil der Sturm alle Verbindungen aus Norddeich stoppte.",
                            "Die Reederei will die Fähren zu den Inseln wieder fahren lassen, sobald der Sturm vorbei ist.")),
            new Page("es", "", "El temporal suspende los ferris a las islas Baleares",
                    List.of("Actualizado a las seis de la tarde",
                            "Los ferris a las islas Baleares no salieron el miércoles porque el temporal cerró todas las rutas desde Barcelona.",
                            "La naviera retomará los ferris a las islas cuando pase el temporal, probablemente el viernes.")),
            new Page("it", "", "La tempesta ferma i traghetti per le isole Eolie",
                    List.of("Aggiornato alle diciotto",
                            "I traghetti per le isole Eolie sono rimasti in porto mercoledì, perché la tempesta ha chiuso tutte le rotte da Milazzo.",
                            "La compagnia riprenderà i traghetti per le isole appena passata la tempesta, probabilmente venerdì.")),
            new Page("pt", "", "Tempestade suspende ligações aos Açores",
                    List.of("Atualizado às dezoito horas",
                            "Os voos e os barcos para os Açores ficaram parados na quarta-feira, porque a tempestade fechou todas as ligações.",
                            "As ligações aos Açores serão retomadas quando a tempestade passar, provavelmente na sexta-feira.")),
            new Page("nl", "", "Storm legt veerdiensten naar de Waddeneilanden stil",
                    List.of("Van onze correspondent in Leeuwarden",
                            "De veerdiensten naar de Waddeneilanden bleven woensdag in de haven, omdat de storm alle overtochten vanuit Harlingen stillegde.",
                            "De rederij hervat de veerdiensten naar de eilanden zodra de storm voorbij is, waarschijnlijk vrijdag.")));

    private ScrapedPages() {
    }
}
