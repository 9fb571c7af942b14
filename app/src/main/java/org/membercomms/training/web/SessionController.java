package org.membercomms.training.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.membercomms.accounts.AccountSummary;
import org.membercomms.accounts.Accounts;
import org.membercomms.accounts.Role;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.system.Authorities;
import org.membercomms.system.FieldError;
import org.membercomms.training.Requirements;
import org.membercomms.training.SessionDetails;
import org.membercomms.training.SessionPlace;
import org.membercomms.training.Sessions;
import org.membercomms.training.TrainingSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sessions: Members book and cancel places and download invitations; Democratic Services
 * schedule sessions; the facilitator marks the register.
 */
@Controller
class SessionController {

	private final Sessions sessions;

	private final Requirements requirements;

	private final Members members;

	private final Accounts accounts;

	private final Clock clock;

	SessionController(Sessions sessions, Requirements requirements, Members members, Accounts accounts, Clock clock) {
		this.sessions = sessions;
		this.requirements = requirements;
		this.members = members;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/training/sessions")
	@PreAuthorize(TrainingRoles.TRAINEES_AND_ORGANISERS)
	String sessions(Authentication person, Model model) {
		Optional<MemberId> member = this.members.memberSignedInAs(person.getName());
		model.addAttribute("sessions", this.sessions.upcoming());
		model.addAttribute("member", member.orElse(null));
		model.addAttribute("organiser", Authorities.allows(person, TrainingRoles.ORGANISERS));
		model.addAttribute("username", person.getName());
		return "training/sessions";
	}

	@GetMapping("/training/sessions/new")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String newSession(Authentication person, Model model) {
		SessionForm blank = SessionForm.blank();
		return sessionForm(model, new SessionForm(blank.requirement(), blank.date(), blank.startTime(), blank.endTime(),
				blank.place(), blank.onlineLink(), blank.capacity(), person.getName(), ""), List.of());
	}

	@PostMapping("/training/sessions")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String schedule(@ModelAttribute SessionForm form, Model model, RedirectAttributes redirect) {
		List<FieldError> errors = new ArrayList<>();
		SessionDetails checked = form.check(this.clock.getZone(), this.clock.instant(), errors);
		if (checked != null && !isFacilitator(checked.facilitator())) {
			errors.add(new FieldError("facilitator", "Select a Democratic Services officer from the list"));
			checked = null;
		}
		if (checked == null) {
			return sessionForm(model, form, errors);
		}
		UUID id = this.sessions.schedule(checked);
		redirect.addFlashAttribute("notice", "The session is scheduled. Members can now book it");
		return "redirect:/training/sessions/" + id + "/register";
	}

	private String sessionForm(Model model, SessionForm form, List<FieldError> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("requirements", this.requirements.all());
		model.addAttribute("facilitators", facilitators());
		return "training/sessionForm";
	}

	private boolean isFacilitator(String username) {
		return username == null || facilitators().stream().anyMatch(officer -> officer.username().equals(username));
	}

	/**
	 * @return the enabled Democratic Services officers who may facilitate, by name
	 */
	private List<AccountSummary> facilitators() {
		return this.accounts.all()
			.stream()
			.filter(AccountSummary::enabled)
			.filter(account -> account.hasRole(Role.DEMOCRATIC_SERVICES))
			.sorted(Comparator.comparing(AccountSummary::displayName))
			.toList();
	}

	@PostMapping("/training/sessions/{id}/booking")
	@PreAuthorize(TrainingRoles.TRAINEES)
	String book(@PathVariable UUID id, Authentication person, RedirectAttributes redirect) {
		SessionPlace place = this.sessions.book(id, member(person));
		redirect.addFlashAttribute("notice",
				place.booked() ? "You are booked on the session. Add it to your calendar with the invitation"
						: "The session is full. You are on the waiting list and will get a place if someone cancels");
		return "redirect:/training/sessions";
	}

	@PostMapping("/training/sessions/{id}/cancellation")
	@PreAuthorize(TrainingRoles.TRAINEES)
	String cancel(@PathVariable UUID id, Authentication person, RedirectAttributes redirect) {
		this.sessions.cancel(id, member(person));
		redirect.addFlashAttribute("notice", "You have cancelled your place");
		return "redirect:/training/sessions";
	}

	@GetMapping("/training/sessions/{id}/invitation.ics")
	@PreAuthorize(TrainingRoles.TRAINEES)
	ResponseEntity<byte[]> invitation(@PathVariable UUID id, Authentication person) {
		String ics = this.sessions.invitation(id, member(person));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("training-session.ics").build().toString())
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/training/sessions/{id}/register")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String register(@PathVariable UUID id, Model model) {
		TrainingSession session = this.sessions.session(id);
		Map<MemberId, String> names = new HashMap<>();
		session.places().forEach(place -> names.put(place.member(), this.members.get(place.member()).name()));
		model.addAttribute("session", session);
		model.addAttribute("names", names);
		model.addAttribute("open", this.sessions.registerOpen(session));
		return "training/register";
	}

	@PostMapping("/training/sessions/{id}/register")
	@PreAuthorize(TrainingRoles.ORGANISERS)
	String markRegister(@PathVariable UUID id, @RequestParam(name = "present", required = false) List<UUID> present,
			Authentication person, RedirectAttributes redirect) {
		TrainingSession session = this.sessions.session(id);
		Map<UUID, Boolean> marks = new HashMap<>();
		List<UUID> ticked = (present != null) ? present : List.of();
		session.booked().forEach(place -> marks.put(place.id(), ticked.contains(place.id())));
		this.sessions.markAttendance(id, marks, person.getName(), Authorities.allows(person, TrainingRoles.ORGANISERS));
		redirect.addFlashAttribute("notice", "The register is saved. Each Member marked present has a completion");
		return "redirect:/training/sessions/" + id + "/register";
	}

	private MemberId member(Authentication person) {
		return this.members.memberSignedInAs(person.getName())
			.orElseThrow(() -> new AccessDeniedException("Not a Member"));
	}

}
