package org.membercomms.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.membercomms.checker.Category;
import org.membercomms.checker.Severity;
import org.membercomms.checker.rules.Combination.Reading;
import org.membercomms.checker.rules.Modality.Mood;

/**
 * The composition table on its own: what a target, a predicate and a mood read as.
 */
class CombinationTest {

	private static List<Category> categories(Target.Kind target, Predicate.Kind predicate, Mood mood) {
		return Combination.read(target, predicate, mood).stream().map(Reading::category).toList();
	}

	@Test
	void readsHostilityDehumanisationInferiorityAndExclusionOfAGroupAsHighRiskInAnyMood() {
		for (Predicate.Kind predicate : List.of(Predicate.Kind.HOSTILITY, Predicate.Kind.DEHUMANISING,
				Predicate.Kind.INFERIORITY, Predicate.Kind.EXCLUSION)) {
			List<Reading> readings = Combination.read(Target.Kind.GROUP, predicate, null);
			assertThat(readings).extracting(Reading::category).containsExactly(Category.DISCRIMINATION);
			assertThat(readings).extracting(Reading::severity).containsExactly(Severity.HIGH_RISK);
		}
	}

	@Test
	void readsAStereotypeOfAGroupAsCaution() {
		assertThat(Combination.read(Target.Kind.GROUP, Predicate.Kind.TRAIT, null)).extracting(Reading::severity)
			.containsExactly(Severity.CAUTION);
		assertThat(Combination.read(Target.Kind.GROUP, Predicate.Kind.NEGATED_PRAISE, null))
			.extracting(Reading::severity)
			.containsExactly(Severity.CAUTION);
	}

	@Test
	void leavesViolenceThatIsOnlyReportedAlone() {
		for (Target.Kind target : Target.Kind.values()) {
			assertThat(categories(target, Predicate.Kind.VIOLENCE, null)).isEmpty();
			assertThat(categories(target, Predicate.Kind.DAMAGE, null)).isEmpty();
		}
	}

	@Test
	void readsViolenceAgainstAPersonAsAThreatAndACallOnOthersAsIncitementToo() {
		assertThat(categories(Target.Kind.PERSON, Predicate.Kind.VIOLENCE, Mood.INTENT))
			.containsExactly(Category.HARASSMENT);
		assertThat(categories(Target.Kind.PERSON, Predicate.Kind.VIOLENCE, Mood.WISH))
			.containsExactly(Category.HARASSMENT);
		assertThat(categories(Target.Kind.PERSON, Predicate.Kind.VIOLENCE, Mood.CALL))
			.containsExactly(Category.HARASSMENT, Category.INCITEMENT);
	}

	@Test
	void readsViolenceAgainstAGroupAsDiscriminationAndACallAsIncitementToo() {
		assertThat(categories(Target.Kind.GROUP, Predicate.Kind.VIOLENCE, Mood.INTENT))
			.containsExactly(Category.DISCRIMINATION);
		assertThat(categories(Target.Kind.GROUP, Predicate.Kind.VIOLENCE, Mood.CALL))
			.containsExactly(Category.DISCRIMINATION, Category.INCITEMENT);
	}

	@Test
	void readsDamageWithACallAsIncitementAndToAPersonsPropertyAsHarassmentToo() {
		assertThat(categories(Target.Kind.PROPERTY, Predicate.Kind.DAMAGE, Mood.CALL))
			.containsExactly(Category.INCITEMENT);
		assertThat(categories(Target.Kind.PROPERTY, Predicate.Kind.DAMAGE, Mood.WISH)).isEmpty();
		assertThat(categories(Target.Kind.PERSONAL_PROPERTY, Predicate.Kind.DAMAGE, Mood.INTENT))
			.containsExactly(Category.HARASSMENT);
		assertThat(categories(Target.Kind.PERSONAL_PROPERTY, Predicate.Kind.DAMAGE, Mood.CALL))
			.containsExactly(Category.HARASSMENT, Category.INCITEMENT);
	}

	@Test
	void readsAVeiledThreatOnlyWhenAPersonOrAProtectedGroupIsNamed() {
		assertThat(categories(Target.Kind.PERSON, Predicate.Kind.VEILED_THREAT, null))
			.containsExactly(Category.HARASSMENT);
		assertThat(categories(Target.Kind.GROUP, Predicate.Kind.VEILED_THREAT, null))
			.containsExactly(Category.DISCRIMINATION);
		assertThat(categories(Target.Kind.GROUP, Predicate.Kind.VEILED_THREAT, Mood.CALL))
			.containsExactlyInAnyOrder(Category.DISCRIMINATION, Category.INCITEMENT);
		assertThat(categories(Target.Kind.PROPERTY, Predicate.Kind.VEILED_THREAT, null)).isEmpty();
		assertThat(categories(Target.Kind.PEOPLE, Predicate.Kind.VEILED_THREAT, null)).isEmpty();
	}

	@Test
	void saysNothingOfAGroupSaidOfAPersonOrOfProperty() {
		assertThat(Combination.pairs(Target.Kind.PERSON, Predicate.Kind.TRAIT)).isFalse();
		assertThat(Combination.pairs(Target.Kind.PROPERTY, Predicate.Kind.HOSTILITY)).isFalse();
	}

	@Test
	void namesTheLawOfTheRuleOfEachCategory() {
		for (Target.Kind target : Target.Kind.values()) {
			for (Predicate.Kind predicate : Predicate.Kind.values()) {
				for (Reading reading : Combination.read(target, predicate, Mood.CALL)) {
					String law = switch (reading.category()) {
						case DISCRIMINATION -> DiscriminationRule.LAW;
						case INCITEMENT -> IncitementRule.LAW;
						case HARASSMENT -> HarassmentRule.LAW;
						default -> null;
					};
					assertThat(reading.law()).isEqualTo(law);
				}
			}
		}
	}

}
