package org.jumelage;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.shared.Submission;
import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MultipartFile;

/**
 * Sessions live in the database (ADR 0032), so what a session holds is serialized. A form that comes back with what
 * was typed travels in the session as a flash attribute ({@link Submission}): every form record must be serializable
 * down to its last component, or it must not claim to be (a form with a file), so that {@code Submission} leaves it out.
 */
class SessionSerializableTests {

    @Test
    void everyFormRecordIsSerializableThroughAndThroughOrHoldsAFile() throws Exception {
        List<String> problems = new ArrayList<>();
        int forms = 0;
        for (JavaClass imported : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jumelage")) {
            if (!imported.getSimpleName().endsWith("Form") || !imported.isRecord()) {
                continue;
            }
            Class<?> form = Class.forName(imported.getName());
            forms++;
            boolean holdsFile = false;
            for (RecordComponent component : form.getRecordComponents()) {
                holdsFile |= MultipartFile.class.isAssignableFrom(component.getType());
            }
            if (holdsFile) {
                if (Serializable.class.isAssignableFrom(form)) {
                    problems.add(form.getName() + " holds a file but claims to be serializable");
                }
                continue;
            }
            check(form, form.getName(), problems, new HashSet<>());
        }
        assertThat(forms).as("form records found").isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> raw)) {
            problems.add(path + ": type " + type + " cannot be checked");
            return;
        }
        if (raw.isPrimitive() || raw.isEnum()) {
            return;
        }
        // Interfaces whose bound values are serializable collections (ArrayList, LinkedHashSet, List.of …).
        if (raw == List.class || raw == Set.class || raw == Collection.class || raw == Map.class) {
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + ": " + raw.getName() + " is not serializable");
            return;
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                check(component.getGenericType(), path + "." + component.getName(), problems, seen);
            }
        }
    }
}
