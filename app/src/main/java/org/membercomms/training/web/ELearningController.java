package org.membercomms.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.membercomms.members.MemberId;
import org.membercomms.members.Members;
import org.membercomms.system.FieldError;
import org.membercomms.training.ELearning;
import org.membercomms.training.QuizAttempt;
import org.membercomms.training.QuizQuestion;
import org.membercomms.training.TrainingNotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The e-learning: short pages drawn from the protocol, then the quiz, its marking with
 * feedback on every answer, and a retry as often as needed.
 */
@Controller
@PreAuthorize(TrainingRoles.TRAINEES)
class ELearningController {

	private final ELearning eLearning;

	private final Members members;

	ELearningController(ELearning eLearning, Members members) {
		this.eLearning = eLearning;
		this.members = members;
	}

	@GetMapping("/training/e-learning")
	String start() {
		return "redirect:/training/e-learning/1";
	}

	@GetMapping("/training/e-learning/{number}")
	String page(@PathVariable int number, Model model) {
		if (number < 1 || number > this.eLearning.pages().size()) {
			throw new TrainingNotFound("e-learning page " + number);
		}
		model.addAttribute("number", number);
		model.addAttribute("pages", this.eLearning.pages());
		model.addAttribute("current", this.eLearning.pages().get(number - 1));
		return "training/eLearning";
	}

	@PostMapping("/training/e-learning/quiz")
	String startQuiz(Authentication person) {
		UUID attempt = this.eLearning.start(member(person));
		return "redirect:/training/e-learning/quiz/" + attempt;
	}

	@GetMapping("/training/e-learning/quiz/{id}")
	String quiz(@PathVariable UUID id, Authentication person, Model model) {
		QuizAttempt attempt = this.eLearning.attempt(id, member(person));
		if (attempt.submitted()) {
			return "redirect:/training/e-learning/quiz/" + id + "/result";
		}
		return quizPage(model, attempt, new ArrayList<>(), List.of());
	}

	@PostMapping("/training/e-learning/quiz/{id}")
	String submit(@PathVariable UUID id, Authentication person, HttpServletRequest request, Model model) {
		MemberId member = member(person);
		QuizAttempt attempt = this.eLearning.attempt(id, member);
		List<Integer> answers = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		for (int index = 0; index < attempt.questions().size(); index++) {
			QuizQuestion question = attempt.questions().get(index);
			Integer answer = answer(request.getParameter(question.id()), question);
			answers.add(answer);
			if (answer == null) {
				errors.add(new FieldError(question.id(), "Answer question " + (index + 1)));
			}
		}
		if (!errors.isEmpty()) {
			return quizPage(model, attempt, answers, errors);
		}
		this.eLearning.submit(id, member, answers);
		return "redirect:/training/e-learning/quiz/" + id + "/result";
	}

	@GetMapping("/training/e-learning/quiz/{id}/result")
	String result(@PathVariable UUID id, Authentication person, Model model) {
		QuizAttempt attempt = this.eLearning.attempt(id, member(person));
		if (!attempt.submitted()) {
			return "redirect:/training/e-learning/quiz/" + id;
		}
		model.addAttribute("attempt", attempt);
		model.addAttribute("passMark", this.eLearning.passMark());
		model.addAttribute("completions", this.eLearning.completionsFrom(id));
		return "training/quizResult";
	}

	private String quizPage(Model model, QuizAttempt attempt, List<Integer> answers, List<FieldError> errors) {
		model.addAttribute("attempt", attempt);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("passMark", this.eLearning.passMark());
		return "training/quiz";
	}

	private static Integer answer(String text, QuizQuestion question) {
		try {
			int answer = Integer.parseInt((text == null) ? "" : text);
			return (answer >= 0 && answer < question.options().size()) ? answer : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private MemberId member(Authentication person) {
		return this.members.memberSignedInAs(person.getName())
			.orElseThrow(() -> new AccessDeniedException("Not a Member"));
	}

}
