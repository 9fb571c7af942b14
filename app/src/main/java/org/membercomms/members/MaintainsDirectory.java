package org.membercomms.members;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only Democratic Services (and administrators) change the directory.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize(MaintainsDirectory.WHO)
@interface MaintainsDirectory {

	String WHO = "hasAnyRole('DEMOCRATIC_SERVICES', 'ADMIN')";

}
