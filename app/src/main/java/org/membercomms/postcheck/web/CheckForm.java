package org.membercomms.postcheck.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.membercomms.checker.Channel;
import org.membercomms.postcheck.Draft;
import org.membercomms.postcheck.ImageAttached;
import org.membercomms.system.FieldError;

/**
 * The "check a draft" form.
 *
 * @param text the draft
 * @param links link URLs, one a line
 * @param image the image attached: NONE, OWN, OTHERS or STOCK
 * @param channel PERSONAL or COUNCIL
 * @param keepHistory whether the author keeps the text of their checks
 */
public record CheckForm(String text, String links, String image, String channel, Boolean keepHistory) {

	public CheckForm {
		text = (text == null) ? "" : text;
		links = (links == null) ? "" : links;
		image = (image == null || image.isBlank()) ? ImageAttached.NONE.name() : image;
		channel = (channel == null || channel.isBlank()) ? Channel.PERSONAL.name() : channel;
		keepHistory = Boolean.TRUE.equals(keepHistory); // an unticked box sends nothing
	}

	static CheckForm blank(boolean keepHistory) {
		return new CheckForm("", "", null, null, keepHistory);
	}

	List<FieldError> problems() {
		List<FieldError> problems = new ArrayList<>();
		if (this.text.isBlank()) {
			problems.add(new FieldError("text", "Enter the post you want to check"));
		}
		else if (draft().tooLarge()) {
			problems.add(new FieldError("text", "The post must be 100 KB or smaller"));
		}
		if (Arrays.stream(ImageAttached.values()).noneMatch(value -> value.name().equals(this.image))) {
			problems.add(new FieldError("image", "Select whether an image is attached"));
		}
		if (Arrays.stream(Channel.values()).noneMatch(value -> value.name().equals(this.channel))) {
			problems.add(new FieldError("channel", "Select where you will post it"));
		}
		return problems;
	}

	/**
	 * @param seconds how long until the person may check again
	 * @return the message shown to a person past their limit of checks a minute
	 */
	static FieldError tooManyChecks(long seconds) {
		return new FieldError("text", "You have checked a lot of posts in the last minute. Wait " + seconds
				+ ((seconds == 1) ? " second" : " seconds") + ", then check your post again");
	}

	Draft draft() {
		ImageAttached attached = Arrays.stream(ImageAttached.values())
			.filter(value -> value.name().equals(this.image))
			.findFirst()
			.orElse(ImageAttached.NONE);
		return new Draft(this.text, Arrays.asList(this.links.split("\\R")), attached);
	}

	Channel channelChosen() {
		return Channel.valueOf(this.channel);
	}

	@Override
	public String toString() {
		return "CheckForm[" + this.text.length() + " chars]";
	}

}
