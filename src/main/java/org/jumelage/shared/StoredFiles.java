package org.jumelage.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What every stored upload needs: a file name that is safe to send back, and a checksum of the content. */
public final class StoredFiles {

    private StoredFiles() {}

    /** The name without any path, with only letters, digits and {@code ._ -}, at most 200 characters. */
    public static String safeFileName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
