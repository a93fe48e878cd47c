/**
 * The one document store every module keeps its uploads with: it decides a file's type by its content, limits its
 * size, names it by the detected type, and answers every download the same safe way. The owners (registry,
 * activities, exchange) keep the stored file in their own tables and decide who may see it and whether versions are
 * kept. Uses {@code shared} and the signed-in user from {@code people}.
 */
@ApplicationModule(displayName = "Document store")
package org.jumelage.documents;

import org.springframework.modulith.ApplicationModule;
