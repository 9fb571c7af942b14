package org.membercomms.system;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * Implemented by a module that needs to tell a signed-in person something on every page
 * until they act on it (a new version of the protocol to acknowledge). The layout shows
 * every banner the modules contribute; the system module never depends on them.
 */
public interface Banner {

	/**
	 * @param person who is signed in
	 * @return the messages for them now, none if none
	 */
	List<Message> messagesFor(Authentication person);

	/**
	 * @param person who is signed in
	 * @return the messages for their home page only (reminders), none unless a module has
	 * some
	 */
	default List<Message> homeMessagesFor(Authentication person) {
		return List.of();
	}

	/**
	 * An important message with a link to where the person acts on it.
	 *
	 * @param title the banner's heading
	 * @param text what to do
	 * @param linkText the link's words
	 * @param href where it goes
	 */
	record Message(String title, String text, String linkText, String href) {
	}

}
