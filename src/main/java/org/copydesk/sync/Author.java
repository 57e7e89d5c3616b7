package org.copydesk.sync;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;

/** Who commits: the name and e-mail written into each version. */
public record Author(String name, String email) {
    public Author {
        name = name == null || name.isBlank() ? "Copydesk" : name.strip();
        email = email == null || email.isBlank() ? name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", ".") + "@localhost" : email.strip();
    }

    /** From git's {@code user.name}/{@code user.email} (the repository's, else the user's), else the login name. */
    public static Author fromGitConfig(Config config) {
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        if (name == null || name.isBlank()) {
            name = System.getProperty("user.name");
        }
        return new Author(name, email);
    }

    PersonIdent ident(Instant when) {
        return new PersonIdent(name, email, when, ZoneOffset.UTC);
    }
}
