package org.membercomms.training;

import java.util.Optional;
import java.util.UUID;

import org.membercomms.members.Members;
import org.membercomms.system.CouncilSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door to certificates: one per completion, shown as a page and as an
 * accessible PDF.
 */
@Service
public class Certificates {

	private final Completions completions;

	private final Requirements requirements;

	private final Members members;

	private final CouncilSettings council;

	Certificates(Completions completions, Requirements requirements, Members members, CouncilSettings council) {
		this.completions = completions;
		this.requirements = requirements;
		this.members = members;
		this.council = council;
	}

	/**
	 * @param completion a completion's id, which is also its certificate's number
	 * @return its certificate, if there is such a completion
	 */
	@Transactional(readOnly = true)
	public Optional<Certificate> of(UUID completion) {
		return this.completions.find(completion)
			.map(found -> new Certificate(found, this.members.get(found.member()).name(),
					this.requirements.get(found.requirement()).course(), this.council.name()));
	}

	/**
	 * @param certificate a certificate
	 * @return it as an accessible PDF
	 */
	public byte[] pdf(Certificate certificate) {
		return CertificatePdf.render(certificate);
	}

}
