package org.membercomms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MemberCommsApplication.class);

	@Test
	void keepsModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void findsTheCapabilityModules() {
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("system",
				"accounts", "audit", "notifications");
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
