package org.membercomms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The conventions of ADR 20 that Spring Modulith does not check: pages live in a module's
 * sub-packages, SQL lives in repositories, roles are checked one way, and no class grows
 * past 300 lines.
 */
class ArchitectureTest {

	private static final String BASE = "org.membercomms";

	private static final List<String> BUSINESS_MODULES = List.of("accounts", "members", "protocol", "training",
			"postcheck", "audit", "commsplan");

	/**
	 * Rewritten by the hardening issue; until then the one class allowed past the limit.
	 */
	private static final int MOST_LINES = 300;

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void keepsPagesOutOfAModulesBasePackage() {
		classes().that()
			.resideInAnyPackage(BUSINESS_MODULES.stream().map(module -> BASE + "." + module).toArray(String[]::new))
			.should()
			.notBeAnnotatedWith(Controller.class)
			.andShould()
			.notBeAnnotatedWith(RestController.class)
			.andShould()
			.notBeAnnotatedWith(ControllerAdvice.class)
			.andShould()
			.notBeAnnotatedWith(RestControllerAdvice.class)
			.andShould()
			.haveSimpleNameNotEndingWith("Form")
			.andShould()
			.haveSimpleNameNotEndingWith("Controller")
			.andShould()
			.haveSimpleNameNotEndingWith("Navigation")
			.because("a module's base package is its API; pages live in its web sub-package (ADR 20)")
			.check(this.classes);
	}

	@Test
	void keepsSqlInRepositories() {
		noClasses()
			.that(DescribedPredicate.describe("are no repository (nor nested in one)",
					(JavaClass type) -> !topLevelOf(type).getSimpleName().endsWith("Repository")))
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class,
					java.sql.ResultSet.class)
			.because("every SQL statement lives in the module's repository (ADR 20)")
			.check(this.classes);
	}

	@Test
	void asksWhatAPersonMayDoOnlyThroughAuthorities() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(BASE + ".system.Authorities")
			.should()
			.callMethodWhere(DescribedPredicate.describe("Authentication.getAuthorities()",
					(JavaMethodCall call) -> call.getName().equals("getAuthorities")
							&& call.getTargetOwner().isAssignableTo(Authentication.class)))
			.because("pages ask Authorities.allows with the module's role constant (ADR 20)")
			.check(this.classes);
	}

	@Test
	void checksRolesWithTheModulesRoleConstants() throws ReflectiveOperationException {
		List<String> problems = new ArrayList<>();
		for (JavaClass type : this.classes) {
			if (type.isAnnotation() && type.isAnnotatedWith(PreAuthorize.class)) {
				problems.add(type.getName() + " is an annotation carrying @PreAuthorize: use a role constant instead");
			}
			Set<String> allowed = roleConstantsOf(moduleOf(type));
			List<JavaAnnotation<?>> checks = new ArrayList<>();
			type.tryGetAnnotationOfType(PreAuthorize.class.getName()).ifPresent(checks::add);
			type.getMethods()
				.forEach(method -> method.tryGetAnnotationOfType(PreAuthorize.class.getName()).ifPresent(checks::add));
			for (JavaAnnotation<?> check : checks) {
				String rule = (String) check.get("value").orElseThrow();
				if (!allowed.contains(rule)) {
					problems.add(type.getName() + " checks \"" + rule + "\", which is no constant of a *Roles class of "
							+ moduleOf(type));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void switchesSchedulingOnOnce() {
		classes().that()
			.areAnnotatedWith(EnableScheduling.class)
			.should()
			.resideInAPackage(BASE + ".system")
			.check(this.classes);
	}

	@Test
	void keepsEveryClassUnderThreeHundredLines() throws IOException {
		List<String> tooLong = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				long lines = Files.readAllLines(source).size();
				if (lines > MOST_LINES) {
					tooLong.add(source + " has " + lines + " lines");
				}
			}
		}
		assertThat(tooLong).as("a class past %d lines is doing two jobs: split it by job", MOST_LINES).isEmpty();
	}

	@Test
	void keepsEachModulesClassesFreeOfCircles() {
		for (String module : BUSINESS_MODULES) {
			assertThat(circlesAmongClassesOf(module)).as("classes of %s that depend on each other in a circle", module)
				.isEmpty();
		}
	}

	/**
	 * @return every group of the module's classes (nested classes counted with their
	 * outer class) that depend on each other in a circle, found with Tarjan's algorithm
	 */
	private List<Set<String>> circlesAmongClassesOf(String module) {
		Map<String, Set<String>> uses = new TreeMap<>();
		for (JavaClass type : this.classes) {
			if (moduleOf(type).equals(module)) {
				String from = topLevelOf(type).getName();
				Set<String> targets = uses.computeIfAbsent(from, key -> new TreeSet<>());
				type.getDirectDependenciesFromSelf()
					.stream()
					.map(dependency -> topLevelOf(dependency.getTargetClass()))
					.filter(target -> target.getPackageName().startsWith(BASE) && moduleOf(target).equals(module))
					.map(JavaClass::getName)
					.filter(target -> !target.equals(from))
					.forEach(targets::add);
			}
		}
		return new Circles(uses).find();
	}

	private static JavaClass topLevelOf(JavaClass type) {
		JavaClass outer = type;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer;
	}

	private static String moduleOf(JavaClass type) {
		String rest = type.getPackageName().substring(BASE.length()).replaceFirst("^\\.", "");
		return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
	}

	private Set<String> roleConstantsOf(String module) throws ReflectiveOperationException {
		Set<String> constants = new HashSet<>();
		for (JavaClass type : this.classes) {
			if (type.getSimpleName().endsWith("Roles") && moduleOf(type).equals(module)) {
				for (Field field : Class.forName(type.getName()).getDeclaredFields()) {
					if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
						field.setAccessible(true);
						constants.add((String) field.get(null));
					}
				}
			}
		}
		return constants;
	}

	/**
	 * Strongly connected components of a dependency graph (Tarjan), those of more than
	 * one class being circles.
	 */
	private static final class Circles {

		private final Map<String, Set<String>> uses;

		private final Map<String, Integer> index = new HashMap<>();

		private final Map<String, Integer> lowest = new HashMap<>();

		private final Deque<String> stack = new ArrayDeque<>();

		private final List<Set<String>> found = new ArrayList<>();

		Circles(Map<String, Set<String>> uses) {
			this.uses = uses;
		}

		List<Set<String>> find() {
			this.uses.keySet().stream().filter(node -> !this.index.containsKey(node)).forEach(this::visit);
			return this.found;
		}

		private void visit(String node) {
			this.index.put(node, this.index.size());
			this.lowest.put(node, this.index.get(node));
			this.stack.push(node);
			for (String next : this.uses.getOrDefault(node, Set.of())) {
				if (!this.index.containsKey(next)) {
					visit(next);
					this.lowest.put(node, Math.min(this.lowest.get(node), this.lowest.get(next)));
				}
				else if (this.stack.contains(next)) {
					this.lowest.put(node, Math.min(this.lowest.get(node), this.index.get(next)));
				}
			}
			if (this.lowest.get(node).equals(this.index.get(node))) {
				Set<String> component = new TreeSet<>();
				String member;
				do {
					member = this.stack.pop();
					component.add(member);
				}
				while (!member.equals(node));
				if (component.size() > 1) {
					this.found.add(component);
				}
			}
		}

	}

}
