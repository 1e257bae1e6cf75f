package io.exchangekit.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * Condition: a class's visible surface (supertypes, type parameters, and the types in every public
 * or protected member's signature) mentions no type from the given vendor packages.
 */
final class VendorTypeExposure extends ArchCondition<JavaClass> {
  private static final Set<JavaModifier> VISIBLE =
      Set.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED);
  private static final Set<JavaModifier> COMPILER_MADE =
      Set.of(JavaModifier.SYNTHETIC, JavaModifier.BRIDGE);

  private final DescribedPredicate<JavaClass> vendorType;

  private VendorTypeExposure(List<String> vendorPackages) {
    super("not expose types from " + vendorPackages + " in their public signatures");
    this.vendorType =
        JavaClass.Predicates.resideInAnyPackage(vendorPackages.toArray(String[]::new));
  }

  static VendorTypeExposure notExposeTypesIn(List<String> vendorPackages) {
    return new VendorTypeExposure(List.copyOf(vendorPackages));
  }

  @Override
  public void check(JavaClass type, ConditionEvents events) {
    type.getSuperclass().ifPresent(s -> report(type, "extends", s, events));
    type.getInterfaces().forEach(i -> report(type, "implements", i, events));
    type.getTypeParameters().forEach(p -> report(type, "type parameter " + p.getName(), p, events));
    for (JavaMember member : type.getMembers()) {
      if (!isVisible(member)) {
        continue;
      }
      if (member instanceof JavaField field) {
        report(field, "field type", field.getType(), events);
      } else if (member instanceof JavaCodeUnit codeUnit) {
        report(codeUnit, "returns", codeUnit.getReturnType(), events);
        codeUnit.getParameterTypes().forEach(p -> report(codeUnit, "parameter", p, events));
        codeUnit.getThrowsClause().getTypes().forEach(t -> report(codeUnit, "throws", t, events));
        codeUnit
            .getTypeParameters()
            .forEach(p -> report(codeUnit, "type parameter " + p.getName(), p, events));
      }
    }
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return modifiers.stream().anyMatch(VISIBLE::contains)
        && modifiers.stream().noneMatch(COMPILER_MADE::contains);
  }

  private void report(Object owner, String role, JavaType exposed, ConditionEvents events) {
    for (JavaClass involved : exposed.getAllInvolvedRawTypes()) {
      JavaClass base = involved.getBaseComponentType();
      if (vendorType.test(base)) {
        String where =
            owner instanceof JavaMember member
                ? member.getFullName()
                : ((JavaClass) owner).getName();
        events.add(
            SimpleConditionEvent.violated(
                owner, where + " exposes vendor type " + base.getName() + " (" + role + ")"));
      }
    }
  }
}
