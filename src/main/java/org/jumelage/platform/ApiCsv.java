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
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API's lists as CSV for a client that asks for {@code text/csv} (RFC 4180, UTF-8): one row per item, one
 * column per field of the JSON answer, in its order; a nested object's fields as {@code outer.inner}, a list of values
 * joined by "; ", a list of objects as its JSON. Texts a spreadsheet would run as a formula are defused as in the open
 * data. Registered after the JSON converter, so that a client that asks for anything still gets JSON.
 */
class ApiCsv extends AbstractHttpMessageConverter<List<?>> {

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
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected List<?> readInternal(Class<? extends List<?>> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is an answer's format only", input);
    }

    @Override
    protected void writeInternal(List<?> items, HttpOutputMessage output) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten(json.valueToTree(item), "", row);
            columns.addAll(row.keySet());
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
