package org.xinfang.intelligence.messages;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of citizens' messages in CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks), with a header
 * row naming the columns, as the public message boards' data comes (id, text, label, date, title, likes, user, ...).
 * The messages train and measure the models; the product never stores them.
 */
public final class MessageFile {

    /** One message: its fields by column name, blank when the row has none. */
    public record Message(Map<String, String> fields) {
        public String get(String column) {
            return fields.getOrDefault(column, "");
        }
    }

    private MessageFile() {
    }

    public static List<Message> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Message> read(Reader in) throws IOException {
        List<List<String>> rows = rows(in.markSupported() ? in : new java.io.BufferedReader(in));
        List<Message> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0).stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size() && c < row.size(); c++) {
                fields.put(header.get(c), row.get(c));
            }
            out.add(new Message(fields));
        }
        return out;
    }

    private static List<List<String>> rows(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            any = true;
            if (quoted) {
                if (ch != '"') {
                    cell.append(ch);
                } else {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        if (any || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
