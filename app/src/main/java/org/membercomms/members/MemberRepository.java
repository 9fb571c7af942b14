package org.membercomms.members;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Members and everything that belongs to them, saved together.
 */
interface MemberRepository extends ListCrudRepository<Member, UUID> {

	Optional<Member> findByCouncilEmail(String councilEmail);

	List<Member> findAllByOrderByNameAsc();

}
