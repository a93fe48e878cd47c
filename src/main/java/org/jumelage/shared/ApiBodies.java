package org.jumelage.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a form record sent as JSON to the API (ADR 0029) more strictly than a form is bound, because a machine
 * client's slip must not change data silently: a field the record does not have (a misspelt one) is refused, every
 * yes/no field must be stated (a form's unticked box means no; a missing JSON field means nothing), and a value of the
 * wrong shape names its field. Texts are then trimmed as the forms' are ({@link TrimmedRecords}). Every such mistake
 * is an {@link InvalidInput}, a {@code 400} that lists them.
 */
public final class ApiBodies {

    private ApiBodies() {}

    /**
     * A record read from a body, and what was wrong with the body besides what the record's own checks will find
     * (fields it does not have, yes/no fields not stated: a missing one is read as no, so that the other checks still
     * run and the client hears of every mistake at once).
     */
    public record Read<T>(T record, List<ObjectError> mistakes) {

        /** Adds the body's mistakes to the record's errors (a mistake of a field beside that field). */
        public void addTo(BindingResult errors) {
            for (ObjectError mistake : mistakes) {
                if (mistake instanceof FieldError field) {
                    errors.rejectValue(field.getField(), field.getCode(), field.getArguments(), null);
                } else {
                    errors.reject(mistake.getCode(), mistake.getArguments(), null);
                }
            }
        }
    }

    /**
     * @param alsoAccepted fields of the API's answer that are not part of the record and are ignored, so that the
     *     answer of a read can be sent back as an edit
     * @throws InvalidInput when the body is no object, or a value has the wrong shape (no record can be read then)
     */
    public static <T extends Record> Read<T> read(
            JsonNode body, Class<T> type, Set<String> alsoAccepted, JsonMapper json) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "body");
        if (body == null || !body.isObject()) {
            errors.reject("api.error.notAnObject");
            throw new InvalidInput(errors);
        }
        ObjectNode stated = ((ObjectNode) body).deepCopy();
        List<ObjectError> mistakes = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            known.add(name);
            Class<?> kind = component.getType();
            if ((kind == boolean.class || kind == Boolean.class)
                    && (!body.has(name) || body.get(name).isNull())) {
                mistakes.add(new FieldError("body", name, null, false, new String[] {"api.error.yesOrNo"}, null, null));
                stated.put(name, false);
            }
        }
        for (String name : body.propertyNames()) {
            if (!known.contains(name) && !alsoAccepted.contains(name)) {
                mistakes.add(
                        new ObjectError("body", new String[] {"api.error.unknownField"}, new Object[] {name}, null));
            }
        }
        try {
            return new Read<>(TrimmedRecords.of(json.treeToValue(stated, type)), mistakes);
        } catch (JacksonException mismatch) {
            String where = mismatch.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."));
            errors.reject("api.error.shape", new Object[] {where.isEmpty() ? "?" : where}, null);
            throw new InvalidInput(errors);
        }
    }
}
