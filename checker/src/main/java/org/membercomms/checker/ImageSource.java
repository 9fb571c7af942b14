package org.membercomms.checker;

/**
 * Where an attached image came from.
 */
public enum ImageSource {

	/** Taken or made by the author. */
	OWN,
	/** Someone else's photo or graphic. */
	SOMEONE_ELSES,
	/** A stock or agency image. */
	STOCK

}
