package org.copydesk.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The seeds of a {@link Property}'s tries: one {@link Gen} per try. */
public final class Seeds extends AnnotationBasedArgumentsProvider<Property> {
    /** The base seed CI runs with. */
    public static final long BASE = 20261127L;
    /** Explore: another base seed, {@code -Dcopydesk.seed=N}. */
    public static final String SEED_PROPERTY = "copydesk.seed";
    /** Replay one failing try: {@code -Dcopydesk.seed.replay=S} runs each property once with seed S. */
    public static final String REPLAY_PROPERTY = "copydesk.seed.replay";

    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
                                                           Property property) {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            return Stream.of(Arguments.of(new Gen(Long.parseLong(replay.strip()))));
        }
        return seeds(base(), property.tries()).mapToObj(s -> Arguments.of(new Gen(s)));
    }

    /** The base seed in force: {@link #BASE} unless {@code -Dcopydesk.seed} says otherwise. */
    public static long base() {
        String explore = System.getProperty(SEED_PROPERTY);
        return explore == null || explore.isBlank() ? BASE : Long.parseLong(explore.strip());
    }

    /** {@code tries} seeds drawn from {@code base}: the same list on every run with the same base. */
    static LongStream seeds(long base, int tries) {
        SplittableRandom r = new SplittableRandom(base);
        return LongStream.generate(r::nextLong).limit(tries);
    }
}
