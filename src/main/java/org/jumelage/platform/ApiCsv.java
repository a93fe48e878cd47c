package org.jumelage.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.shared.Csv;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API's lists as CSV for a client that asks for {@code text/csv} (RFC 4180, UTF-8): one row per item, one
 * column per field of the JSON answer, in its order; a nested object's fields as {@code outer.inner}, a list of values
 * joined by "; ", a list of objects as its JSON. Texts a spreadsheet would run as a formula are defused as in the open
 * data. Registered after the JSON converter, so that a client that asks for anything still gets JSON.
 *
 * <p>The header comes from the declared item type where it is a record (its components in order, a nested record's as
 * {@code outer.inner}), so that an empty page still names its columns and every page has the same ones.
 */
class ApiCsv extends org.springframework.http.converter.AbstractSmartHttpMessageConverter<List<?>> {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final JsonMapper json;

    ApiCsv(JsonMapper json) {
        super(CSV);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return List.class.isAssignableFrom(type);
    }

    @Override
    public boolean canWrite(org.springframework.core.ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return supports(valueClass) && canWrite(mediaType);
    }

    @Override
    public boolean canRead(org.springframework.core.ResolvableType type, MediaType mediaType) {
        return false;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    public List<?> read(
            org.springframework.core.ResolvableType type, HttpInputMessage input, Map<String, Object> hints) {
        throw new HttpMessageNotReadableException("CSV is an answer's format only", input);
    }

    @Override
    protected void writeInternal(
            List<?> items,
            org.springframework.core.ResolvableType type,
            HttpOutputMessage output,
            Map<String, Object> hints)
            throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        declared(type.asCollection().getGeneric(0).resolve(), "", columns);
        for (Object item : items) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten(json.valueToTree(item), "", row);
            for (String key : row.keySet()) {
                // A nested record that is null has its declared columns already: its cells stay empty.
                if (!columns.contains(key) && columns.stream().noneMatch(column -> column.startsWith(key + "."))) {
                    columns.add(key);
                }
            }
            rows.add(row);
        }
        try (Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8)) {
            if (columns.isEmpty()) {
                return;
            }
            out.write(Csv.line(List.copyOf(columns)));
            for (Map<String, String> row : rows) {
                out.write(Csv.line(columns.stream().map(row::get).toList()));
            }
        }
    }

    /** The columns of a record type: its components in order, a nested record's as {@code outer.inner}. */
    private static void declared(Class<?> type, String prefix, Set<String> columns) {
        if (type == null || !type.isRecord()) {
            return;
        }
        for (var component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            if (component.getType().isRecord() && !writtenAsValue(component.getType())) {
                declared(component.getType(), name + ".", columns);
            } else {
                columns.add(name);
            }
        }
    }

    /** A record that JSON writes as one value (a partial date as "1991-08", by its {@code @JsonValue}). */
    private static boolean writtenAsValue(Class<?> type) {
        for (var method : type.getMethods()) {
            if (method.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)) {
                return true;
            }
        }
        return false;
    }

    private static void flatten(JsonNode node, String name, Map<String, String> row) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                flatten(field.getValue(), name.isEmpty() ? field.getKey() : name + "." + field.getKey(), row);
            }
        } else if (node.isArray()) {
            boolean values = true;
            for (JsonNode element : node) {
                values &= element.isValueNode();
            }
            if (values) {
                List<String> texts = new ArrayList<>();
                node.forEach(element -> texts.add(element.isNull() ? "" : element.asString()));
                row.put(name, Csv.text(String.join("; ", texts)));
            } else {
                row.put(name, node.toString());
            }
        } else if (node.isString()) {
            // Only texts are defused: a negative longitude stays a number.
            row.put(name, Csv.text(node.asString()));
        } else {
            row.put(name, node.isNull() ? null : node.asString());
        }
    }
}
