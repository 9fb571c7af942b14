package org.membercomms.checker;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the checker's speed machinery fenced in (issue 15, ADR 16): no package hands
 * another an untyped value through a public method, and no class exposes a field another
 * may write. Reads every compiled main class of {@code org.membercomms.checker}.
 */
class FencedTest {

	@Test
	void noPublicMethodTakesAnUntypedValueButEquals() throws Exception {
		List<String> found = new ArrayList<>();
		for (Class<?> type : mainClasses()) {
			found.addAll(untypedParameters(type));
		}
		assertThat(found).as("public methods taking Object (type them)").isEmpty();
	}

	@Test
	void noClassHasAPublicFieldThatCanBeWritten() throws Exception {
		List<String> found = new ArrayList<>();
		for (Class<?> type : mainClasses()) {
			found.addAll(writableFields(type));
		}
		assertThat(found).as("public non-final fields").isEmpty();
	}

	@Test
	void theChecksFindWhatTheyLookFor() {
		assertThat(untypedParameters(Untyped.class)).containsExactlyInAnyOrder(
				Untyped.class.getName() + ".memo(java.lang.Object)",
				Untyped.class.getName() + ".keep(java.lang.Object)");
		assertThat(writableFields(Untyped.class)).containsExactly(Untyped.class.getName() + ".memo");
	}

	/** What the checks must catch, and what they let pass. */
	static final class Untyped {

		public Object memo;

		public final Object kept = null;

		public void memo(Object memo) {
			this.memo = memo;
		}

		public <T> void keep(T value) {
			this.memo = value;
		}

		public void keep(String value) {
			this.memo = value;
		}

		void hidden(Object value) {
			this.memo = value;
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return 0;
		}

	}

	/**
	 * Public methods with a parameter declared as {@code Object}, or as a type variable
	 * of the method itself with no bound (which takes anything just the same); a type
	 * variable of the class is fixed where the class is used, so it is typed.
	 */
	private static List<String> untypedParameters(Class<?> type) {
		List<String> found = new ArrayList<>();
		for (Method method : type.getDeclaredMethods()) {
			if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
				continue;
			}
			if (method.getName().equals("equals") && method.getParameterCount() == 1) {
				continue;
			}
			Type[] parameters = method.getGenericParameterTypes();
			for (Type parameter : parameters) {
				if (parameter == Object.class || (parameter instanceof TypeVariable<?> variable
						&& variable.getGenericDeclaration() == method && unbounded(variable))) {
					found.add(type.getName() + "." + method.getName() + "("
							+ String.join(", ", Stream.of(method.getParameterTypes()).map(Class::getName).toList())
							+ ")");
					break;
				}
			}
		}
		return found;
	}

	private static boolean unbounded(TypeVariable<?> variable) {
		Type[] bounds = variable.getBounds();
		return bounds.length == 1 && bounds[0] == Object.class;
	}

	private static List<String> writableFields(Class<?> type) {
		List<String> found = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && !Modifier.isFinal(modifiers) && !field.isSynthetic()) {
				found.add(type.getName() + "." + field.getName());
			}
		}
		return found;
	}

	/** Every class compiled from {@code src/main/java}, nested ones included. */
	private static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
		Path root = Path.of(PostChecker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		assertThat(root.resolve("org/membercomms/checker/PostChecker.class")).exists();
		List<Class<?>> classes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root.resolve("org/membercomms/checker"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).sorted().toList()) {
				String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				name = name.substring(0, name.length() - ".class".length());
				if (!name.endsWith("package-info")) {
					classes.add(Class.forName(name, false, FencedTest.class.getClassLoader()));
				}
			}
		}
		assertThat(classes).hasSizeGreaterThan(50);
		return classes;
	}

}
