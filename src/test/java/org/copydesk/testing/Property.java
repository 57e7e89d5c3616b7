package org.copydesk.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A property: the test method takes one {@link Gen} and runs once per try, each try with its own seed.
 *
 * <p>The seeds come from {@link Seeds#BASE} (fixed, so a CI run cannot fail by the luck of the draw), or from
 * {@code -Dcopydesk.seed=N} to explore other samples. A failing try names its seed and the option that replays
 * exactly that try: {@code -Dcopydesk.seed.replay=S}. A failure found by exploring is fixed and kept as an example test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(Seeds.class)
@ExtendWith(FailingSeed.class)
public @interface Property {
    /** How many samples to try. */
    int tries() default 100;
}
