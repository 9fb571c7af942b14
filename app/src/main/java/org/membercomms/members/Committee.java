package org.membercomms.members;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The council's committees a Member may sit on. Planning and Licensing are
 * quasi-judicial: a Member sitting on them must keep an open mind until the hearing.
 */
public enum Committee {

	PLANNING("Planning", true), LICENSING("Licensing", true), STANDARDS("Standards", false), AUDIT("Audit", false),
	OVERVIEW_AND_SCRUTINY("Overview and Scrutiny Board", false),
	CONSTITUTION_AND_MEMBERS_DEVELOPMENT("Constitution and Members' Development", false);

	private final String title;

	private final boolean quasiJudicial;

	Committee(String title, boolean quasiJudicial) {
		this.title = title;
		this.quasiJudicial = quasiJudicial;
	}

	public String title() {
		return this.title;
	}

	public boolean quasiJudicial() {
		return this.quasiJudicial;
	}

	/**
	 * @param text a committee's title or code, in any case ("Planning", "PLANNING")
	 * @return the committee, if there is one of that name
	 */
	public static Optional<Committee> named(String text) {
		String wanted = text.strip();
		return Arrays.stream(values())
			.filter(committee -> committee.title.equalsIgnoreCase(wanted)
					|| committee.name().equals(wanted.toUpperCase(Locale.ROOT).replace(' ', '_')))
			.findFirst();
	}

}
