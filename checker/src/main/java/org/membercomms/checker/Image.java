package org.membercomms.checker;

/**
 * An image attached to a post.
 *
 * @param source where it came from
 * @param description the alternative text, or null or blank if there is none
 * @param permission whether the author holds permission or a licence to publish it
 */
public record Image(ImageSource source, String description, boolean permission) {

	/**
	 * Whether screen-reader users get a description of this image.
	 * @return true when the description is not blank
	 */
	public boolean described() {
		return this.description != null && !this.description.isBlank();
	}

}
