package org.membercomms.protocol.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.membercomms.MemberCommsTest;
import org.membercomms.protocol.Policies;
import org.membercomms.protocol.PolicyDocument;
import org.membercomms.protocol.PolicyVersion;

import org.springframework.beans.factory.annotation.Autowired;

@MemberCommsTest
class PolicyPdfTest {

	@Autowired
	PolicyPdf pdf;

	@Autowired
	Policies policies;

	@Test
	void rendersATaggedPdfWithItsFontsEmbedded() throws Exception {
		PolicyVersion protocol = this.policies.inForce(PolicyDocument.PROTOCOL).orElseThrow();
		byte[] bytes = this.pdf.render(protocol);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Social Media Protocol for Members");
			String metadata = new String(document.getDocumentCatalog().getMetadata().toByteArray());
			assertThat(metadata).contains("pdfuaid");
			assertThat(new PDFTextStripper().getText(document)).contains("Defamation", "Data protection");
			assertThat(document.getPage(0).getResources().getFontNames())
				.allSatisfy(name -> assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue());
		}
	}

}
