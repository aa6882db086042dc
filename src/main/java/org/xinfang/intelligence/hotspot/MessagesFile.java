package org.xinfang.intelligence.hotspot;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file of citizens' messages from a public board (留言), as CSV with a header (RFC 4180: quoted fields may hold
 * commas, quotes doubled): id, text, date, likes, title and user are read by name; the other columns are ignored. The
 * day is the date's first ten characters.
 */
public final class MessagesFile {

    private MessagesFile() {
    }

    public static List<HotSpotMessage> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = rows(in);
            Map<String, Integer> column = new HashMap<>();
            List<String> header = rows.get(0);
            for (int i = 0; i < header.size(); i++) {
                column.put(header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
            }
            List<HotSpotMessage> messages = new ArrayList<>(rows.size());
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() < header.size()) {
                    continue;
                }
                String likes = row.get(column.get("likes")).strip();
                messages.add(new HotSpotMessage(row.get(column.get("id")), row.get(column.get("title")),
                        row.get(column.get("text")), LocalDate.parse(row.get(column.get("date")).strip().substring(0, 10)),
                        likes.isEmpty() ? 0 : Integer.parseInt(likes), row.get(column.get("user")), null, null, null));
            }
            return messages;
        }
    }

    private static List<List<String>> rows(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = in.read()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next < 0) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
