package io.hqml.spark.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hqml.spark.errors.HqmlErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a YAML job config, applies {@code --set key=value} overrides, binds it strictly (an unknown key
 * is an error, not a silent default) and validates it. The effective config is kept in canonical JSON
 * (sorted keys) so its hash identifies the experiment in lineage.
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    // Fields only: helper getters such as DataConfig.isGenerated() are not settings and must not be written.
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .visibility(com.fasterxml.jackson.annotation.PropertyAccessor.ALL,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
            .visibility(com.fasterxml.jackson.annotation.PropertyAccessor.FIELD,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.PUBLIC_ONLY)
            .build();

    private ConfigLoader() {
    }

    /** The validated config together with its canonical text and hash. */
    public record Loaded(JobConfig config, String canonicalJson, String hash) {
    }

    public static Loaded load(Path file, List<String> overrides) {
        if (!Files.isRegularFile(file)) {
            throw HqmlErrors.configFileMissing(file.toString());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HqmlErrors.configFileMissing(file.toString());
        }
        return parse(text, file.toString(), overrides);
    }

    public static Loaded parse(String yaml, String source, List<String> overrides) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw HqmlErrors.malformedYaml(source, e.getOriginalMessage() + location(e), e);
        }
        if (tree == null || !tree.isObject()) {
            throw HqmlErrors.malformedYaml(source, "the document is not a mapping of keys to values", null);
        }
        for (String override : overrides) {
            applyOverride((ObjectNode) tree, override);
        }
        JobConfig config = bind(tree);
        config.validate();
        try {
            String canonical = CANONICAL.writeValueAsString(CANONICAL.readTree(CANONICAL.writeValueAsString(config)));
            return new Loaded(config, canonical, sha256(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a validated config", e);
        }
    }

    private static JobConfig bind(JsonNode tree) {
        try {
            return YAML.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .treeToValue(tree, JobConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw HqmlErrors.invalidConfig(path(e) , "is not a known setting", "known keys here: " + known);
        } catch (InvalidFormatException e) {
            throw HqmlErrors.invalidConfig(path(e), "has value '" + e.getValue() + "' of the wrong type",
                    "write a " + e.getTargetType().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        } catch (MismatchedInputException e) {
            throw HqmlErrors.invalidConfig(path(e), "has the wrong shape (" + e.getOriginalMessage().split("\n")[0] + ")",
                    "see the config reference in README.md");
        } catch (JsonProcessingException e) {
            throw HqmlErrors.invalidConfig("(root)", "cannot be read: " + e.getOriginalMessage(), "see README.md");
        }
    }

    /** {@code a.b.c=value}: creates missing sections; the value is parsed as a YAML scalar or list. */
    static void applyOverride(ObjectNode root, String override) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw HqmlErrors.badOverride(override);
        }
        String[] keys = override.substring(0, eq).trim().split("\\.");
        String raw = override.substring(eq + 1);
        JsonNode value;
        try {
            value = raw.isEmpty() ? YAML.getNodeFactory().textNode("") : YAML.readTree(raw);
        } catch (JsonProcessingException e) {
            value = YAML.getNodeFactory().textNode(raw);
        }
        ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode child = node.get(keys[i]);
            if (child == null || !child.isObject()) {
                child = node.putObject(keys[i]);
            }
            node = (ObjectNode) child;
        }
        node.set(keys[keys.length - 1], value);
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
