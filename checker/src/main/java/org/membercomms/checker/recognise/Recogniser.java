package org.membercomms.checker.recognise;

import java.util.List;

/**
 * Finds one kind of thing (a phone number, a postcode) in the original text of a post.
 */
public interface Recogniser {

	/**
	 * Finds every occurrence.
	 * @param text the original text
	 * @return what was found, in order
	 */
	List<Entity> find(String text);

}
