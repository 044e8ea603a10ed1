package io.hqml.spark.errors;

/**
 * A user-facing error: a stable code and a one-line message that names the problem and the fix.
 * The CLI prints {@code error [CODE]: message} and exits non-zero; nothing is written to lineage
 * tables for a run that raised one.
 */
public final class HqmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    HqmlException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The single line the CLI prints. */
    public String oneLine() {
        return "error [" + code + "]: " + getMessage().replace('\n', ' ');
    }
}
