package org.copydesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.copydesk.analysis.Analysis;
import org.copydesk.model.Article;
import org.copydesk.model.RelatedLink;
import org.copydesk.model.Words;

/**
 * IPTC ninjs 2.2 (News in JSON). Mapping: {@code uri} = {@code urn:copydesk:article:<id>}; {@code version} = the
 * article's revision; {@code firstcreated}/{@code versioncreated} = created/modified; {@code pubstatus} "usable";
 * {@code headlines[]} the headline (text/plain); {@code descriptions[]} the standfirst (role "summary", text/plain);
 * {@code by} the byline; {@code located} the dateline; {@code slugline} the id; {@code subjects[]} the tags;
 * {@code bodies[]} one text/html body (paragraphs, subheadings, block quotations, with {@code lang} spans for
 * foreign-language passages); {@code associations[]} the related stories that exist (name = relation, e.g. "see-also").
 * All text is escaped in the HTML body; the plain-text fields are declared text/plain.
 */
public final class NinjsExporter implements Exporter {
    public static final String URI_PREFIX = "urn:copydesk:article:";
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public ExportFormat format() {
        return ExportFormat.NINJS;
    }

    @Override
    public byte[] export(Article article, Analysis analysis, ExportOptions options) {
        return render(article, analysis, options).getBytes(StandardCharsets.UTF_8);
    }

    String render(Article article, Analysis analysis, ExportOptions options) {
        ObjectNode root = toJson(article, analysis, options);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write ninjs", e);
        }
    }

    ObjectNode toJson(Article article, Analysis analysis, ExportOptions options) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("uri", URI_PREFIX + article.id());
        ObjectNode standard = root.putObject("standard");
        standard.put("name", "ninjs");
        standard.put("version", "2.2");
        standard.put("schema", SCHEMA);
        root.put("type", "text");
        root.put("representationtype", "full");
        root.put("version", Long.toString(article.revision()));
        root.put("firstcreated", time(article.created()));
        root.put("versioncreated", time(article.modified()));
        root.put("pubstatus", "usable");
        if (StyledBody.isLanguageTag(article.language())) {
            root.put("language", article.language());
        }
        root.put("slugline", article.id());
        String headline = Markup.line(article.headline());
        if (!headline.isEmpty()) {
            ArrayNode headlines = root.putArray("headlines");
            ObjectNode h = headlines.addObject();
            h.put("role", "main");
            h.put("contenttype", "text/plain");
            h.put("value", headline);
        }
        String standfirst = Markup.line(article.standfirst());
        if (!standfirst.isEmpty()) {
            ObjectNode d = root.putArray("descriptions").addObject();
            d.put("role", "summary");
            d.put("contenttype", "text/plain");
            d.put("value", standfirst);
        }
        String by = Markup.line(article.byline());
        if (!by.isEmpty()) {
            root.put("by", by);
        }
        String located = Markup.line(article.dateline());
        if (!located.isEmpty()) {
            root.put("located", located);
        }
        if (!article.tags().isEmpty()) {
            ArrayNode subjects = root.putArray("subjects");
            for (String tag : article.tags()) {
                String t = Markup.line(tag);
                if (!t.isEmpty()) {
                    subjects.addObject().put("name", t);
                }
            }
        }
        StyledBody body = StyledBody.of(article, analysis, Typography.quoteFixes(article, analysis, options));
        StringBuilder html = new StringBuilder();
        HtmlBody.render(body, "", html);
        ObjectNode b = root.putArray("bodies").addObject();
        b.put("role", "main");
        b.put("contenttype", "text/html");
        b.put("charcount", body.text().replace("\n", "").length());
        b.put("wordcount", Words.count(body.text()));
        b.put("value", html.toString());
        ArrayNode assoc = MAPPER.createArrayNode();
        for (RelatedLink l : article.links()) {
            Optional<String> target = options.links().headlineOf(l.targetId());
            if (target.isEmpty()) {
                continue;
            }
            ObjectNode a = assoc.addObject();
            a.put("name", l.relation().id());
            a.put("uri", URI_PREFIX + l.targetId());
            a.put("type", "text");
            String th = Markup.line(target.get());
            if (!th.isEmpty()) {
                a.putArray("headlines").addObject().put("value", th);
            }
        }
        if (!assoc.isEmpty()) {
            root.set("associations", assoc);
        }
        return root;
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
