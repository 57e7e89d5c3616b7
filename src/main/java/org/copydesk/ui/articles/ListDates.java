package org.copydesk.ui.articles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates in the article list, as short as they can be read: the time for today ("14:30"), day and month for this year
 * ("26 Nov", "26 nov."), the full short date for other years; the full date and time for a tooltip.
 */
final class ListDates {
    private final ZoneId zone;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter date;
    private final DateTimeFormatter full;

    ListDates(Locale locale, ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.dayMonth = DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") && locale.getCountry().equals("US")
                ? "MMM d" : "d MMM", locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    String brief(Instant when) {
        ZonedDateTime t = when.atZone(zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (t.toLocalDate().equals(today)) {
            return time.format(t);
        }
        if (t.getYear() == today.getYear()) {
            return dayMonth.format(t);
        }
        return date.format(t);
    }

    String full(Instant when) {
        return full.format(when.atZone(zone));
    }
}
