package org.copydesk.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** Puts the seed of a failing {@link Property} try, and how to replay it, at the head of the failure. */
public final class FailingSeed implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw named(context.getRequiredTestMethod().getName(), context.getDisplayName(), failure).orElse(failure);
    }

    /** The failure with its seed named, when {@code displayName} is a try's ({@code "seed N"}). */
    static Optional<Throwable> named(String method, String displayName, Throwable failure) {
        if (!displayName.startsWith(Gen.NAME_PREFIX)) {
            return Optional.empty();
        }
        String seed = displayName.substring(Gen.NAME_PREFIX.length());
        return Optional.of(new AssertionError("Property " + method + " failed with " + displayName + " (replay it alone: -D"
                + Seeds.REPLAY_PROPERTY + "=" + seed + "): " + failure, failure));
    }
}
