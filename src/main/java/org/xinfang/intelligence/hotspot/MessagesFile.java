package org.xinfang.intelligence.hotspot;

import org.xinfang.intelligence.messages.MessageFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A file of citizens' messages from a public board (留言) as texts to group into hot spots: id, text, date, likes,
 * title and user are read by name from the {@link MessageFile}; the other columns are ignored. The day is the date's
 * first ten characters; a row without a date is left out.
 */
public final class MessagesFile {

    private MessagesFile() {
    }

    public static List<HotSpotMessage> read(Path file) {
        return MessageFile.read(file).stream().filter(m -> m.get("date").strip().length() >= 10)
                .map(m -> new HotSpotMessage(m.get("id"), m.get("title"), m.get("text"),
                        LocalDate.parse(m.get("date").strip().substring(0, 10)), likes(m.get("likes")), m.get("user"),
                        null, null, null))
                .toList();
    }

    private static int likes(String field) {
        return field.isBlank() ? 0 : Integer.parseInt(field.strip());
    }
}
