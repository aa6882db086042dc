package org.xinfang.platform;

import org.springframework.context.MessageSource;

import java.util.Arrays;
import java.util.Locale;

/**
 * A request the product refuses, with a message key so the refusal reads in the user's language.
 * The kind decides the HTTP status; the key and arguments say what was wrong.
 */
public class Refusal extends RuntimeException {

    public enum Kind { INVALID, CONFLICT, NOT_FOUND, FORBIDDEN, TOO_MANY }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final String field;
    private long retryAfterSeconds;

    public Refusal(Kind kind, String messageKey, Object... args) {
        this(kind, null, messageKey, args);
    }

    private Refusal(Kind kind, String field, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** The request breaks a rule of the domain (an illegal transition, a limit): 409. */
    public static Refusal conflict(String messageKey, Object... args) {
        return new Refusal(Kind.CONFLICT, messageKey, args);
    }

    /** A field of the request is wrong: 400, naming the field. */
    public static Refusal invalid(String field, String messageKey, Object... args) {
        return new Refusal(Kind.INVALID, field, messageKey, args);
    }

    /** Nothing the user may see goes by that name: 404 (also when it exists outside their scope). */
    public static Refusal notFound(String messageKey, Object... args) {
        return new Refusal(Kind.NOT_FOUND, messageKey, args);
    }

    /** The user sees the thing but their role may not do this to it: 403. */
    public static Refusal forbidden(String messageKey, Object... args) {
        return new Refusal(Kind.FORBIDDEN, messageKey, args);
    }

    /** Too many attempts from this address or for this phone: 429, and when to try again. */
    public static Refusal tooMany(java.time.Duration retryAfter, String messageKey, Object... args) {
        Refusal r = new Refusal(Kind.TOO_MANY, messageKey, args);
        r.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
        return r;
    }

    /** For {@link Kind#TOO_MANY}: seconds until the limit lets the next attempt through. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The HTTP status this refusal answers with. */
    public int status() {
        return switch (kind) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case TOO_MANY -> 429;
        };
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /**
     * The problem type it is answered with: the message key, which names the rule broken ("matter.transition.illegal");
     * for the platform's own refusals, whose keys are "problem.&lt;type&gt;[.detail]", the type alone ("stale-version"),
     * as the web layer names its own problems.
     */
    public String type() {
        return messageKey.startsWith("problem.") ? messageKey.substring("problem.".length()).replaceFirst("\\.detail$", "")
                : messageKey;
    }

    public String field() {
        return field;
    }

    /**
     * The refusal in the reader's language. Enum arguments (an action, a state, a document) are shown by their
     * labels ("enum.MatterAction.SUPERVISE" → 发出督办单), never by their code; by their name only where no label exists.
     */
    public String describe(MessageSource messages, Locale locale) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = args[i] instanceof Enum<?> e
                    ? messages.getMessage("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), null, e.name(), locale)
                    : args[i];
        }
        return messages.getMessage(messageKey, words, messageKey, locale);
    }
}
