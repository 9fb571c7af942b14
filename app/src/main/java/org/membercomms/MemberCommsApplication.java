package org.membercomms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * MemberComms: the council's system for governing how its elected Members communicate.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = { "system", "audit" })
public class MemberCommsApplication {

	public static void main(String[] args) {
		SpringApplication.run(MemberCommsApplication.class, args);
	}

}
