package org.membercomms.checker;

/**
 * A stretch of the original post text, in UTF-16 char offsets as Java strings count them.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Bad span " + start + ".." + end);
		}
	}

	/**
	 * The evidence this span covers.
	 * @param text the original post text
	 * @return the covered text
	 */
	public String in(String text) {
		return text.substring(this.start, this.end);
	}

	@Override
	public int compareTo(Span other) {
		return this.start != other.start ? Integer.compare(this.start, other.start)
				: Integer.compare(this.end, other.end);
	}

}
