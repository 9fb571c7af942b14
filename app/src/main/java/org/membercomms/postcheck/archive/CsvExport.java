package org.membercomms.postcheck.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A CSV file with a header row naming a date column and a text column (any of a few usual
 * names); other columns are left unread.
 */
final class CsvExport implements ArchivePosts {

	private static final List<String> DATE_COLUMNS = List.of("date", "created_at", "timestamp", "published", "time",
			"posted", "posted_at", "datetime");

	private static final List<String> TEXT_COLUMNS = List.of("text", "full_text", "post", "content", "message", "body",
			"tweet");

	/** How many columns of the header are looked at. */
	private static final int MOST_COLUMNS = 200;

	@Override
	public ArchiveFormat format() {
		return ArchiveFormat.CSV;
	}

	@Override
	public void read(InputStream in, Consumer<ArchivedPost> posts) throws IOException {
		CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8), ArchivedPost.LONGEST + 1);
		List<String> header = rows.next(MOST_COLUMNS);
		int date = (header != null) ? column(header, DATE_COLUMNS) : -1;
		int text = (header != null) ? column(header, TEXT_COLUMNS) : -1;
		if (date < 0 || text < 0) {
			throw new UnreadableArchive("The file is not one of the formats we read");
		}
		int columns = Math.max(date, text) + 1;
		for (List<String> row = rows.next(columns); row != null; row = rows.next(columns)) {
			if (row.size() > text && !row.get(text).isBlank()) {
				posts.accept(new ArchivedPost((row.size() > date) ? ExportDates.of(row.get(date)) : null,
						row.get(text).strip()));
			}
		}
	}

	private static int column(List<String> header, List<String> names) {
		for (int column = 0; column < header.size(); column++) {
			if (names.contains(header.get(column).strip().toLowerCase(Locale.ROOT))) {
				return column;
			}
		}
		return -1;
	}

}
