package org.fooddelivery.platform.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema file split into its statements: {@code --} comment lines dropped, statements ended by
 * {@code ;}. Enough for the project's own DDL files, which hold no strings with semicolons.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema file " + resource + " is not on the class path");
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema file " + resource, e);
        }
    }

    static List<String> split(String script) {
        StringBuilder uncommented = new StringBuilder();
        for (String line : script.split("\\R")) {
            if (!line.strip().startsWith("--")) {
                uncommented.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : uncommented.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
