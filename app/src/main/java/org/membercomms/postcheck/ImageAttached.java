package org.membercomms.postcheck;

import java.util.List;

import org.membercomms.checker.Image;
import org.membercomms.checker.ImageSource;

/**
 * Whether a draft has an image attached, and whose it is.
 */
public enum ImageAttached {

	NONE("No image"), OWN("My own image"), OTHERS("Someone else's image"), STOCK("A stock image");

	private final String label;

	ImageAttached(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return the images the checker is told about (none, or one without a description
	 * and without a known licence)
	 */
	List<Image> images() {
		return switch (this) {
			case NONE -> List.of();
			case OWN -> List.of(new Image(ImageSource.OWN, null, true));
			case OTHERS -> List.of(new Image(ImageSource.SOMEONE_ELSES, null, false));
			case STOCK -> List.of(new Image(ImageSource.STOCK, null, false));
		};
	}

}
