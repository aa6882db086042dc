package org.xinfang.platform;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal reads in the user's language, with enum arguments as their labels. */
class RefusalTest {

    enum Colour { RED, GREEN }

    @Test
    void enumArgumentsAreShownByTheirLabelsAndTheirNamesOnlyWhenThereIsNoLabel() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("paint.refused", Locale.ENGLISH, "Cannot paint it \"{0}\" over \"{1}\" ({2}).");
        messages.addMessage("enum.Colour.RED", Locale.ENGLISH, "Red");
        Refusal refusal = Refusal.conflict("paint.refused", Colour.RED, Colour.GREEN, 3);
        assertThat(refusal.describe(messages, Locale.ENGLISH)).isEqualTo("Cannot paint it \"Red\" over \"GREEN\" (3).");
        assertThat(Refusal.notFound("no.such.key").describe(messages, Locale.ENGLISH)).isEqualTo("no.such.key");
    }
}
